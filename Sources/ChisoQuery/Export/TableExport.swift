import ChisoDomain
import ChisoFormats
import ChisoStorage

/// Observations to keep: a SELECT over `observations_view` returning observation ids, with
/// its bound values. The query language compiles `--query` into one.
package struct ObservationFilter: Sendable {
    package var idsSQL: String
    package var bindings: [SQLiteValue]

    package init(idsSQL: String, bindings: [SQLiteValue]) {
        self.idsSQL = idsSQL
        self.bindings = bindings
    }
}

/// Streams one table from the database into a `RowSink`, row by row from the SQLite cursor:
/// a million observations never sit in memory, whatever the format.
package struct TableExport {
    package var table: ExportTable
    package var flavour: ExportFlavour
    package var withBody: Bool
    package var filter: ObservationFilter?

    package init(_ table: ExportTable, flavour: ExportFlavour = .interchange, withBody: Bool = false,
                filter: ObservationFilter? = nil) {
        self.table = table
        self.flavour = flavour
        self.withBody = withBody
        self.filter = filter
    }

    /// The columns this export writes, in order.
    package var columns: [Column] { layout.columns }

    private var layout: ExportLayout { ExportLayout.of(table, flavour, withBody: withBody) }

    /// Writes begin, every row, finish; returns the number of rows written.
    @discardableResult
    /// `progress` hears the running row count every 4,096 rows (a terminal's progress line).
    package func write(from database: Database, into sink: inout some RowSink, progress: ((Int) -> Void)? = nil) throws -> Int {
        let layout = layout
        if filter != nil, layout.filterKey == nil {
            throw QueryError("--query filters observations only, not \(table.rawValue)")
        }
        let statement = try database.connection.prepare(layout.sql(filter: filter?.idsSQL))
        try statement.bind(filter?.bindings ?? [])
        let areas = layout.fields.contains { if case .areaCode = $0.kind { true } else { false } }
            ? try database.areas.directory() : nil
        let reader = RowReader(layout: layout, areas: areas)
        try sink.begin(columns: layout.columns)
        var count = 0
        while try statement.step() {
            try sink.write(reader.row(statement))
            count += 1
            if count & 0xFFF == 0 { progress?(count) }
        }
        try sink.finish()
        return count
    }
}

/// Turns the current statement row into cells typed by the layout's columns.
///
/// A class because the area codes it works out are cached: a table has few distinct
/// (area, period end) pairs, however many rows.
private final class RowReader {
    /// For each output column: the statement column it reads, or nil for the fraction.
    private let sources: [Int?]
    private let types: [CellType]
    private let kinds: [ExportField.Kind]
    private let numerator: Int?
    private let denominator: Int?
    private let areaDate: Int?
    private let areas: AreaDirectory?
    private var areaCodes: [String: String] = [:]

    init(layout: ExportLayout, areas: AreaDirectory?) {
        var next = 0
        var sources: [Int?] = []
        for field in layout.fields {
            if field.expression == nil {
                sources.append(nil)
            } else {
                sources.append(next)
                next += 1
            }
        }
        self.sources = sources
        types = layout.fields.map(\.column.type)
        kinds = layout.fields.map(\.kind)
        let names = layout.fields.map(\.column.name)
        numerator = names.firstIndex(of: "numerator").flatMap { sources[$0] }
        denominator = names.firstIndex(of: "denominator").flatMap { sources[$0] }
        areaDate = layout.areaDate == nil ? nil : next
        self.areas = areas
    }

    func row(_ s: Statement) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(sources.count)
        for (index, source) in sources.enumerated() {
            guard let source else {
                cells.append(fraction(s))
                continue
            }
            if case .areaCode = kinds[index] {
                cells.append(s.string(at: source).map { .text(areaCode(id: $0, s)) } ?? .null)
                continue
            }
            switch types[index] {
            case .real: cells.append(s.double(at: source).map(Cell.real) ?? .null)
            case .integer: cells.append(s.int(at: source).map(Cell.integer) ?? .null)
            case .text, .date: cells.append(s.string(at: source).map(Cell.text) ?? .null)
            }
        }
        return cells
    }

    /// "56/63", "13322/16942": how a rank or a count out of a total reads.
    private func fraction(_ s: Statement) -> Cell {
        guard let numerator, let denominator, let n = s.double(at: numerator), let d = s.double(at: denominator) else {
            return .null
        }
        return .text(NumberText.plain(n) + "/" + NumberText.plain(d))
    }

    /// The unit's code when the code names it again on the period's last day, else its id.
    private func areaCode(id: String, _ s: Statement) -> String {
        guard let areas, let record = areas.record(id: id) else { return id }
        let end = areaDate.flatMap { s.string(at: $0) } ?? ""
        let key = id + "|" + end
        if let known = areaCodes[key] { return known }
        let code = areas.portableCode(for: record, on: try? CalendarDate(iso: end))
        areaCodes[key] = code
        return code
    }
}
