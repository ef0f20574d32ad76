// The system libxml2 (libxml2-dev): its forgiving HTML parser for saved web pages, and its
// push parser with SAX callbacks for the XML of a .docx and of pdftotext's bbox layout.
// Only ChisoFormats/Documents/ imports this.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Foundation
// (two definitions of UErrorCode). chiso never touches libxml2's ICU converters (they sit
// behind pointers in structs we only pass along), so the headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
