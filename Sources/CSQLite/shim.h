// The system SQLite (libsqlite3-dev). Only ChisoStorage's handle-owning files import this.
#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call: this wrapper turns off SQLite's memory
// statistics, a global mutex taken on every allocation (https://sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus).
// It must run before SQLite initialises; later it returns SQLITE_MISUSE and changes nothing.
static inline int chiso_sqlite_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// Extended result codes are macros built with shifts, which Swift does not import: these
// constants carry the header's own values across (https://sqlite.org/rescode.html#extrc).
static const int CHISO_SQLITE_READONLY_ROLLBACK = SQLITE_READONLY_ROLLBACK;
static const int CHISO_SQLITE_READONLY_DBMOVED = SQLITE_READONLY_DBMOVED;
static const int CHISO_SQLITE_CONSTRAINT_UNIQUE = SQLITE_CONSTRAINT_UNIQUE;
static const int CHISO_SQLITE_CONSTRAINT_PRIMARYKEY = SQLITE_CONSTRAINT_PRIMARYKEY;
static const int CHISO_SQLITE_CONSTRAINT_FOREIGNKEY = SQLITE_CONSTRAINT_FOREIGNKEY;
