// The system SQLite (libsqlite3-dev). Only ChisoStorage's handle-owning files import this.
#include <sqlite3.h>
