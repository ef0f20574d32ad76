// ChisoStorage: The storage layer: the only code that touches the SQLite C API (connection, statements, transactions, migrations) and typed access to every table.
