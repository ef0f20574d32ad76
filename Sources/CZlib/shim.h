// The system zlib (zlib1g-dev): raw deflate for the parts of an xlsx, and its CRC-32.
// Only ChisoFormats/XLSX/Deflater.swift, ZipWriter.swift and Documents/ZipReader.swift import this.
#include <zlib.h>

// deflateInit2 is a macro (it passes the library version and the struct size for a sanity
// check), which Swift cannot call: this wrapper makes a raw deflate stream (window bits -15:
// no zlib header or trailer, as zip entries need) at `level`.
static inline int chiso_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}

// inflateInit2 is a macro too: a raw inflate stream (window bits -15) for reading the
// deflated entries of a zip (a .docx report).
static inline int chiso_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -15);
}
