/// A value as SQLite stores it. Bound to statements and read back from rows; it never leaks
/// a C type to other targets.
package enum SQLiteValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    package var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let v): String(v)
        case .real(let v): String(v)
        case .text(let v): "'\(v)'"
        case .blob(let v): "<\(v.count) bytes>"
        }
    }

    package var isNull: Bool { if case .null = self { true } else { false } }

    package var stringValue: String? {
        switch self {
        case .text(let s): s
        case .integer(let i): String(i)
        case .real(let d): String(d)
        default: nil
        }
    }

    package var doubleValue: Double? {
        switch self {
        case .real(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }

    package var intValue: Int64? {
        switch self {
        case .integer(let i): i
        case .real(let d) where d.rounded() == d: Int64(d)
        default: nil
        }
    }
}

/// Swift values that bind as SQLite values, so call sites read `bind: [code, value, nil]`.
package protocol SQLiteBindable: Sendable {
    var sqliteValue: SQLiteValue { get }
}

extension String: SQLiteBindable { package var sqliteValue: SQLiteValue { .text(self) } }
extension Int: SQLiteBindable { package var sqliteValue: SQLiteValue { .integer(Int64(self)) } }
extension Int64: SQLiteBindable { package var sqliteValue: SQLiteValue { .integer(self) } }
extension Double: SQLiteBindable { package var sqliteValue: SQLiteValue { .real(self) } }
extension Bool: SQLiteBindable { package var sqliteValue: SQLiteValue { .integer(self ? 1 : 0) } }
extension SQLiteValue: SQLiteBindable { package var sqliteValue: SQLiteValue { self } }
extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    package var sqliteValue: SQLiteValue { self?.sqliteValue ?? .null }
}
