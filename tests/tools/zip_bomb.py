#!/usr/bin/python3
"""zip_bomb — a test tool: copy a workbook with one part replaced by well-formed
XML that expands to more than MIB MiB (a few hundred KB compressed).  With
--lie the archive declares that part 1,000 bytes long in both headers, as an
attacker would, so only counting what comes out stops it.

usage: zip_bomb.py [--lie] IN.xlsx OUT.xlsx PART MIB
"""
import struct, sys, zipfile

def main(argv):
    lie = argv[0] == '--lie'
    if lie:
        argv = argv[1:]
    src, out, part, mib = argv[0], argv[1], argv[2], int(argv[3])
    zin = zipfile.ZipFile(src)
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for i in zin.infolist():
            data = zin.read(i.filename)
            if i.filename == part:
                cut = data.index(b'<sheetData>') + len(b'<sheetData>')
                data = data[:cut] + b' ' * (mib << 20) + data[cut:]
            z.writestr(i.filename, data)
    if lie:
        buf = bytearray(open(out, 'rb').read())
        name = part.encode()
        pos = 0
        while True:  # local headers: uncompressed size at +22
            pos = buf.find(b'PK\x03\x04', pos)
            if pos < 0:
                break
            n = struct.unpack_from('<H', buf, pos + 26)[0]
            if bytes(buf[pos + 30:pos + 30 + n]) == name:
                struct.pack_into('<I', buf, pos + 22, 1000)
            pos += 4
        pos = 0
        while True:  # central directory: uncompressed size at +24
            pos = buf.find(b'PK\x01\x02', pos)
            if pos < 0:
                break
            n = struct.unpack_from('<H', buf, pos + 28)[0]
            if bytes(buf[pos + 46:pos + 46 + n]) == name:
                struct.pack_into('<I', buf, pos + 24, 1000)
            pos += 4
        open(out, 'wb').write(bytes(buf))

main(sys.argv[1:])
