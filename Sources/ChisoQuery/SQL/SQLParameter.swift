import ChisoStorage

/// A `--param NAME=VALUE` for `chiso sql`: bound to `:NAME` in the statement.
///
/// The value is typed by its spelling: a whole number binds as an integer, a plain decimal
/// (`42.06`, `-1.5e3`) as a real, anything else as text. Digits with a leading zero ("08")
/// stay text, because they are codes. Quote-free text is the point: a
/// shell-quoted `--param name='Tuyên Quang'` arrives as text.
package struct SQLParameter: Sendable, Equatable {
    package let name: String
    package let value: SQLiteValueText

    /// Reads `NAME=VALUE` (the first `=` splits; the value may contain more).
    package init(parsing argument: String) throws(QueryError) {
        guard let equals = argument.firstIndex(of: "=") else {
            throw QueryError("--param '\(argument)' has no '=': expected NAME=VALUE, such as code=08")
        }
        var name = String(argument[..<equals])
        if let first = name.first, ":@$".contains(first) { name.removeFirst() }
        guard let first = name.first, first.isLetter || first == "_",
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw QueryError("--param '\(argument)' has a bad name '\(name)': expected letters, digits and _, such as code=08")
        }
        self.name = name
        self.value = SQLiteValueText(String(argument[argument.index(after: equals)...]))
    }
}

/// A parameter value typed by its spelling (see `SQLParameter`).
package enum SQLiteValueText: Sendable, Equatable {
    case integer(Int64)
    case real(Double)
    case text(String)

    var sqliteValue: SQLiteValue {
        switch self {
        case .integer(let i): .integer(i)
        case .real(let d): .real(d)
        case .text(let s): .text(s)
        }
    }

    init(_ text: String) {
        // "08" is a province code, not eight: digits with a leading zero stay text.
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        if digits.count > 1, digits.hasPrefix("0"), !digits.hasPrefix("0.") {
            self = .text(text)
        } else if let i = Int64(text) {
            self = .integer(i)
        } else if let d = Double(text), d.isFinite, text.allSatisfy({ "0123456789.-+eE".contains($0) }) {
            self = .real(d)
        } else {
            self = .text(text)
        }
    }
}
