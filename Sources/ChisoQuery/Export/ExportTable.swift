import ChisoFormats

/// The tables `chiso export` can write, each in a fixed layout.
package enum ExportTable: String, Sendable, CaseIterable {
    case observations, targets, rollouts, areas, indicators, periods, sources

    /// What `chiso export all` writes: the figures, not the reference data that `chiso init`
    /// already provides.
    package static let figures: [ExportTable] = [.observations, .targets, .rollouts]
}

/// How a table's rows are shaped for one kind of output.
package enum ExportFlavour: Sendable, Equatable {
    /// The interchange layout: exactly the seed CSV files' columns, so export → `chiso import`
    /// → export is byte-identical. Used for csv, tsv, json and jsonl.
    case interchange
    /// The interchange layout plus what a spreadsheet user reads rather than re-imports:
    /// period start and end as real dates, and fractions/ranks as "x/N" text, which an xlsx
    /// text cell holds safely (a CSV cell would turn into a date).
    case workbook
}

/// One output column and the SQL expression that fills it.
struct ExportField: Sendable {
    enum Kind: Sendable {
        /// The expression's value, typed by the column.
        case plain
        /// `numerator/denominator` as "x/N" text, computed from those cells (no expression).
        case fraction
        /// The expression is an area id; written as the code the unit had at the row's
        /// period (`08`), or as the id (`p63-08`) when the code would name another unit on
        /// the period's last day, which is the day `chiso import` resolves codes on.
        case areaCode
    }

    var column: Column
    /// An expression over the table's FROM clause; nil for a column computed in Swift.
    var expression: String?
    var kind = Kind.plain

    init(_ name: String, _ type: CellType = .text, _ expression: String? = nil) {
        column = Column(name, type)
        self.expression = expression ?? name
    }

    static func fraction(_ name: String) -> ExportField {
        var field = ExportField(name)
        field.expression = nil
        field.kind = .fraction
        return field
    }

    static func areaCode(_ name: String, id expression: String) -> ExportField {
        var field = ExportField(name, .text, expression)
        field.kind = .areaCode
        return field
    }
}

/// A table's columns and the query streaming them, in a stable order.
///
/// Column lists and SQL come only from this file (never from input), so identifiers are safe
/// to splice; user values reach SQL only as bound parameters of a filter.
struct ExportLayout: Sendable {
    var fields: [ExportField]
    /// FROM … (joins included), without WHERE.
    var from: String
    /// ORDER BY expression: the table's id, so exports are stable across runs and imports.
    var order: String
    /// The column a filter's `id IN (…)` applies to; nil when the table cannot be filtered.
    var filterKey: String?
    /// The period's last day, selected after the fields when an area code depends on it.
    var areaDate: String? = nil

    var columns: [Column] { fields.map(\.column) }

    func sql(filter: String?) -> String {
        let select = (fields.compactMap(\.expression) + [areaDate].compactMap { $0 }).joined(separator: ", ")
        var sql = "SELECT \(select) FROM \(from)"
        if let filter, let filterKey { sql += " WHERE \(filterKey) IN (\(filter))" }
        return sql + " ORDER BY \(order)"
    }

    static func of(_ table: ExportTable, _ flavour: ExportFlavour, withBody: Bool = false) -> ExportLayout {
        let workbook = flavour == .workbook
        switch table {
        case .observations:
            var fields = [
                ExportField("indicator", .text, "o.indicator"),
                ExportField.areaCode("area", id: "o.area"),
                ExportField("area_name", .text, "a.name"),
                ExportField("agency", .text, "o.agency"),
                ExportField("period", .text, "o.period"),
            ]
            if workbook {
                fields += [ExportField("period_start", .date, "p.start_date"), ExportField("period_end", .date, "p.end_date")]
            }
            fields += [
                ExportField("value", .real, "o.value"),
                ExportField("numerator", .real, "o.numerator"),
                ExportField("denominator", .real, "o.denominator"),
            ]
            if workbook { fields.append(.fraction("fraction")) }
            fields += [
                ExportField("qualifier", .text, "o.qualifier"),
                ExportField("status", .text, "o.status"),
                ExportField("baseline_period", .text, "o.baseline_period"),
                ExportField("change", .real, "o.change"),
                ExportField("source", .text, "o.source"),
                ExportField("quote", .text, "o.quote"),
                ExportField("note", .text, "o.note"),
            ]
            return ExportLayout(fields: fields,
                                from: "observations o JOIN areas a ON a.id = o.area JOIN periods p ON p.code = o.period",
                                order: "o.id", filterKey: "o.id", areaDate: "p.end_date")
        case .targets:
            var fields = [
                ExportField("indicator", .text, "t.indicator"),
                ExportField.areaCode("area", id: "t.area"),
                ExportField("area_name", .text, "a.name"),
                ExportField("agency", .text, "t.agency"),
                ExportField("period", .text, "t.period"),
            ]
            if workbook {
                fields += [ExportField("period_start", .date, "p.start_date"), ExportField("period_end", .date, "p.end_date")]
            }
            fields += [
                ExportField("comparator", .text, "t.comparator"),
                ExportField("value", .real, "t.value"),
                ExportField("value_high", .real, "t.value_high"),
                ExportField("source", .text, "t.source"),
                ExportField("quote", .text, "t.quote"),
                ExportField("note", .text, "t.note"),
            ]
            return ExportLayout(fields: fields,
                                from: "targets t JOIN areas a ON a.id = t.area JOIN periods p ON p.code = t.period",
                                order: "t.id", filterKey: nil, areaDate: "p.end_date")
        case .rollouts:
            var fields = [
                ExportField("programme", .text, "r.programme"),
                ExportField.areaCode("area", id: "r.area"),
                ExportField("area_name", .text, "a.name"),
                ExportField("period", .text, "r.period"),
            ]
            if workbook {
                fields += [ExportField("period_start", .date, "p.start_date"), ExportField("period_end", .date, "p.end_date")]
            }
            fields += [
                ExportField("total", .integer, "r.total"),
                ExportField("completed", .integer, "r.completed"),
                ExportField("in_progress", .integer, "r.in_progress"),
                ExportField("not_started", .integer, "r.not_started"),
                ExportField("source", .text, "r.source"),
                ExportField("quote", .text, "r.quote"),
                ExportField("note", .text, "r.note"),
            ]
            return ExportLayout(fields: fields,
                                from: "rollouts r JOIN areas a ON a.id = r.area JOIN periods p ON p.code = r.period",
                                order: "r.id", filterKey: nil, areaDate: "p.end_date")
        case .areas:
            return ExportLayout(fields: [
                ExportField("id"), ExportField("code"), ExportField("name"), ExportField("name_folded"),
                ExportField("official_name"), ExportField("kind"), ExportField("level"), ExportField("region"),
                ExportField("parent_id"), ExportField("valid_from", .date), ExportField("valid_to", .date),
                ExportField("successor_id"), ExportField("note"),
            ], from: "areas", order: "id", filterKey: nil)
        case .indicators:
            return ExportLayout(fields: [
                ExportField("code"), ExportField("name_vi"), ExportField("name_en"), ExportField("measure"),
                ExportField("framework"), ExportField("higher_is_better", .integer), ExportField("scale_max", .real),
                ExportField("description"),
            ], from: "indicators", order: "code", filterKey: nil)
        case .periods:
            return ExportLayout(fields: [
                ExportField("code"), ExportField("kind"), ExportField("start_date", .date), ExportField("end_date", .date),
                ExportField("label_vi"),
            ], from: "periods", order: "code", filterKey: nil)
        case .sources:
            var fields = [
                ExportField("id"), ExportField("title"), ExportField("publisher"), ExportField("url"),
                ExportField("published_on", .date), ExportField("area"), ExportField("period"), ExportField("file"),
                ExportField("sha256"),
            ]
            if withBody { fields.append(ExportField("body")) }
            return ExportLayout(fields: fields, from: "sources", order: "id", filterKey: nil)
        }
    }
}
