// ChisoFormats: tabular formats with no SQLite — a streaming CSV reader and writer, the text
// renderers (table, markdown, JSON) and the xlsx writer. Everything meets at this row model.

/// What a column holds, so each format can type its cells (JSON numbers, xlsx dates,
/// right-aligned numbers in a table) without looking at every value.
package enum CellType: String, Sendable {
    case text, integer, real
    /// ISO `2023-09-30` text that is a date: text everywhere except xlsx, where it becomes a
    /// real date serial number.
    case date
}

/// A named, typed column of a result.
package struct Column: Sendable, Equatable {
    package var name: String
    package var type: CellType

    package init(_ name: String, _ type: CellType = .text) {
        self.name = name
        self.type = type
    }
}

/// One value of a row; the storage classes a result can carry, so rows move between SQLite
/// and every format without a conversion layer.
package enum Cell: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int64)
    case real(Double)
}

extension Cell {
    /// The cell as people read it: numbers plain (`42.06`, `1824`), null as nil.
    package var plainText: String? {
        switch self {
        case .null: return nil
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d): return NumberText.plain(d)
        }
    }

    /// The cell as machine formats write it: reals in their shortest exact form, null as nil.
    var exactText: String? {
        if case .real(let d) = self { return NumberText.exact(d) }
        return plainText
    }
}
