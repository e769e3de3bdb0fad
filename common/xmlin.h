/*
 * xmlin — streaming XML on top of expat, for the parts of workbooks and
 * documents.  The only file that includes <expat.h>.
 *
 * Elements are reported by their local name (the prefix dropped: the
 * readers compare local names only), attributes by local name through
 * xmlin_attr().  Any document type declaration is
 * refused before anything is expanded (no entity can amplify the input),
 * and character data is collected only where the caller asks for it
 * (xmlin_collect) and only up to a cap, so memory stays bounded by the
 * chunk size, the nesting and the cap whatever the part holds.
 */
#ifndef GK_XMLIN_H
#define GK_XMLIN_H

#include <stddef.h>

enum xmlin_status {
	XMLIN_OK = 0,
	XMLIN_BAD,      /* not well-formed */
	XMLIN_DTD,      /* a DOCTYPE (and so perhaps entities) */
	XMLIN_TOO_LONG, /* collected text passed the cap */
	XMLIN_STOPPED,  /* the caller called xmlin_stop() */
	XMLIN_DONE,     /* the caller called xmlin_done(): it has what it needs */
};

struct xmlin;

struct xmlin_handlers {
	/* attr: name, value, name, value, …, NULL; names as written ("r:id", "name") */
	void (*start)(struct xmlin *x, void *ctx, const char *name, const char **attr);
	/* text: what was collected inside this element since xmlin_collect() in its start (else ""), NUL-terminated */
	void (*end)(struct xmlin *x, void *ctx, const char *name, const char *text, size_t len);
};

struct xmlin *xmlin_new(const struct xmlin_handlers *h, void *ctx, size_t text_cap);
void xmlin_free(struct xmlin *x);
/* Feed the next chunk; final = 1 with the last (len may be 0). 0, or -1 when the parse has stopped. */
int xmlin_feed(struct xmlin *x, const char *buf, size_t len, int final);
enum xmlin_status xmlin_status(const struct xmlin *x);
/* Line of the parser's position (for "not well-formed" messages). */
long xmlin_line(const struct xmlin *x);
/* From a start handler: collect the character data inside this element (nested ones included). */
void xmlin_collect(struct xmlin *x);
/* From a handler: stop the parse (status XMLIN_STOPPED); no handler runs afterwards. */
void xmlin_stop(struct xmlin *x);
/* From a handler: the rest of the part is not needed (status XMLIN_DONE, a success); no handler runs afterwards. */
void xmlin_done(struct xmlin *x);
/* The value of the attribute with this local name, or NULL. */
const char *xmlin_attr(const char **attr, const char *local);

#endif
