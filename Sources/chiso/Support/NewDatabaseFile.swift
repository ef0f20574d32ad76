import Foundation

/// Runs `body` against the database at `path`; when `body` fails and the file did not exist
/// before, removes what opening it created (the file and its WAL companions). A first `load`,
/// `import` or `add` that fails thus leaves no empty, half-made database behind.
func removingNewDatabaseOnFailure<T>(_ path: String, _ body: () throws -> T) throws -> T {
    let existed = FileManager.default.fileExists(atPath: path)
    do {
        return try body()
    } catch {
        if !existed {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        throw error
    }
}
