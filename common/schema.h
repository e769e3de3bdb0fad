/* schema — migration steps for db.c; see schema.c. */
#ifndef GK_SCHEMA_H
#define GK_SCHEMA_H
extern const char *const schema_steps[];
extern const int schema_nsteps;
#endif
