import ArgumentParser
import ChisoDomain
import ChisoStorage
import Foundation

/// Shell completion from the database: indicator codes and area names, read from the file
/// the command line names (`--db PATH`, else $CHISO_DB, else ./chiso.db). A missing or
/// unreadable file completes nothing: completion must never print an error into a prompt.
enum Completion {
    static let indicators = CompletionKind.custom { words, _, prefix in
        candidates(words, prefix) { db in try db.indicators.all().map(\.code) }
    }

    static let areas = CompletionKind.custom { words, _, prefix in
        // Names as people type them ("Tuyên Quang"); the shell quotes the spaces.
        candidates(words, prefix) { db in Array(Set(try db.areas.all().map(\.name))) }
    }

    /// The values starting with `prefix` (with or without diacritics), sorted.
    static func candidates(_ words: [String], _ prefix: String, _ read: (Database) throws -> [String]) -> [String] {
        let path = databasePath(words)
        guard FileManager.default.isReadableFile(atPath: path),
              let db = try? Database(path: path, access: .read),
              let values = try? read(db) else { return [] }
        let folded = VietnameseText.fold(prefix)
        return values.filter { $0.hasPrefix(prefix) || VietnameseText.fold($0).hasPrefix(folded) }.sorted()
    }

    /// `--db PATH` or `--db=PATH` among the words typed, else $CHISO_DB, else ./chiso.db.
    static func databasePath(_ words: [String]) -> String {
        for (index, word) in words.enumerated() {
            if word == "--db", index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--db=") { return String(word.dropFirst("--db=".count)) }
        }
        if let env = ProcessInfo.processInfo.environment["CHISO_DB"], !env.isEmpty { return env }
        return "chiso.db"
    }
}
