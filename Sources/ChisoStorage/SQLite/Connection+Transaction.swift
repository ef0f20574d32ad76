/// Transactions as closures: the body's return commits, a throw rolls everything back.
/// Every multi-row write in chiso runs inside one of these.
extension Connection {
    /// A write transaction. `BEGIN IMMEDIATE` takes the write lock up front, so two writers
    /// queue on the busy timeout instead of one failing halfway through
    /// (https://sqlite.org/lang_transaction.html). Nested calls become savepoints.
    package func write<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: "BEGIN IMMEDIATE", body)
    }

    /// A write transaction that always rolls back: a dry run goes through the very same
    /// write path and reports what it would do, and the file is left as it was.
    package func rehearse<T>(_ body: () throws -> T) throws -> T {
        var result: T?
        do {
            try write {
                result = try body()
                throw RehearsalOver()
            }
        } catch is RehearsalOver {}
        guard let result else { preconditionFailure("a rehearsal ends only after its body returned") }
        return result
    }

    /// A read transaction: every statement in the body sees the same snapshot.
    package func read<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: "BEGIN DEFERRED", body)
    }

    private func transaction<T>(begin: String, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            let name = "chiso_savepoint"
            try execute("SAVEPOINT \(name)")
            do {
                let result = try body()
                try execute("RELEASE \(name)")
                return result
            } catch {
                try? execute("ROLLBACK TO \(name)")
                try? execute("RELEASE \(name)")
                throw error
            }
        }
        try execute(begin)
        do {
            // A logged write: the operation, its rows and the data commit or roll back together.
            let operation = begin == "BEGIN IMMEDIATE" ? changeOperation : nil
            if let operation { try ChangeLog(self).begin(operation) }
            let result = try body()
            if operation != nil { try ChangeLog(self).finish() }
            try execute("COMMIT")
            return result
        } catch {
            // The statement that failed may already have rolled the transaction back
            // (https://sqlite.org/lang_transaction.html, "Response To Errors Within A Transaction").
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }
}

/// Ends a rehearsal: the transaction rolls back as for any error, and `rehearse` returns.
private struct RehearsalOver: Error {}
