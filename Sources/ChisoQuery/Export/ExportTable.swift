import ChisoFormats

/// The tables `chiso export` can write, each in a fixed layout.
package enum ExportTable: String, Sendable, CaseIterable {
    case observations, targets, rollouts, areas, indicators, periods, sources
    /// The indicators users defined, in the `indicators.csv` layout (`CSVLayout.indicators`),
    /// so they survive export → `chiso load`/import into a new file.
    case userIndicators = "user_indicators"

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

    /// The columns of `layout` (declared once, in `CSVLayout`), each read by its expression in
    /// `spec`; a workbook adds the period's typed dates after `period` and the fraction after
    /// `denominator`. A layout column without an expression is a bug caught by any export.
    private static func fields(_ layout: CSVLayout, _ workbook: Bool, _ spec: [String: ExportField]) -> [ExportField] {
        precondition(Set(spec.keys) == Set(layout.columns), "export expressions do not match the \(layout.name) layout")
        return layout.columns.flatMap { name -> [ExportField] in
            var out = spec[name].map { [$0] } ?? []
            if workbook, name == "period" {
                out += [ExportField("period_start", .date, "p.start_date"), ExportField("period_end", .date, "p.end_date")]
            }
            if workbook, name == "denominator" { out.append(.fraction("fraction")) }
            return out
        }
    }

    static func of(_ table: ExportTable, _ flavour: ExportFlavour, withBody: Bool = false) -> ExportLayout {
        let workbook = flavour == .workbook
        switch table {
        case .observations:
            return ExportLayout(fields: fields(.observations, workbook, [
                "indicator": ExportField("indicator", .text, "o.indicator"),
                "area": ExportField.areaCode("area", id: "o.area"),
                "area_name": ExportField("area_name", .text, "a.name"),
                "agency": ExportField("agency", .text, "o.agency"),
                "level": ExportField("level", .text, "o.level"),
                "channel": ExportField("channel", .text, "o.channel"),
                "dossier_status": ExportField("dossier_status", .text, "o.dossier_status"),
                "period": ExportField("period", .text, "o.period"),
                "value": ExportField("value", .real, "o.value"),
                "numerator": ExportField("numerator", .real, "o.numerator"),
                "denominator": ExportField("denominator", .real, "o.denominator"),
                "qualifier": ExportField("qualifier", .text, "o.qualifier"),
                "status": ExportField("status", .text, "o.status"),
                "baseline_period": ExportField("baseline_period", .text, "o.baseline_period"),
                "change": ExportField("change", .real, "o.change"),
                "source": ExportField("source", .text, "o.source"),
                "quote": ExportField("quote", .text, "o.quote"),
                "note": ExportField("note", .text, "o.note"),
                "indicator_name_vi": ExportField("indicator_name_vi", .text, "i.name_vi"),
                "period_label_vi": ExportField("period_label_vi", .text, "p.label_vi"),
            ]), from: "observations o JOIN areas a ON a.id = o.area JOIN periods p ON p.code = o.period JOIN indicators i ON i.code = o.indicator",
               order: "o.id", filterKey: "o.id", areaDate: "p.end_date")
        case .targets:
            return ExportLayout(fields: fields(.targets, workbook, [
                "indicator": ExportField("indicator", .text, "t.indicator"),
                "area": ExportField.areaCode("area", id: "t.area"),
                "area_name": ExportField("area_name", .text, "a.name"),
                "agency": ExportField("agency", .text, "t.agency"),
                "period": ExportField("period", .text, "t.period"),
                "comparator": ExportField("comparator", .text, "t.comparator"),
                "value": ExportField("value", .real, "t.value"),
                "value_high": ExportField("value_high", .real, "t.value_high"),
                "source": ExportField("source", .text, "t.source"),
                "quote": ExportField("quote", .text, "t.quote"),
                "note": ExportField("note", .text, "t.note"),
                "indicator_name_vi": ExportField("indicator_name_vi", .text, "i.name_vi"),
                "period_label_vi": ExportField("period_label_vi", .text, "p.label_vi"),
            ]), from: "targets t JOIN areas a ON a.id = t.area JOIN periods p ON p.code = t.period JOIN indicators i ON i.code = t.indicator",
               order: "t.id", filterKey: nil, areaDate: "p.end_date")
        case .rollouts:
            return ExportLayout(fields: fields(.rollouts, workbook, [
                "programme": ExportField("programme", .text, "r.programme"),
                "area": ExportField.areaCode("area", id: "r.area"),
                "area_name": ExportField("area_name", .text, "a.name"),
                "period": ExportField("period", .text, "r.period"),
                "total": ExportField("total", .integer, "r.total"),
                "completed": ExportField("completed", .integer, "r.completed"),
                "in_progress": ExportField("in_progress", .integer, "r.in_progress"),
                "not_started": ExportField("not_started", .integer, "r.not_started"),
                "source": ExportField("source", .text, "r.source"),
                "quote": ExportField("quote", .text, "r.quote"),
                "note": ExportField("note", .text, "r.note"),
                "period_label_vi": ExportField("period_label_vi", .text, "p.label_vi"),
            ]), from: "rollouts r JOIN areas a ON a.id = r.area JOIN periods p ON p.code = r.period",
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
                ExportField("description"), ExportField("parent"), ExportField("origin"), ExportField("verified", .integer),
                ExportField("reference"),
            ], from: "indicators", order: "code", filterKey: nil)
        case .userIndicators:
            // Lists in catalogue order (rowid), joined as IndicatorDecoder reads them back.
            let synonyms = "(SELECT group_concat(phrase, '; ') FROM (SELECT phrase FROM indicator_synonyms s WHERE s.indicator = i.code ORDER BY s.rowid))"
            let breakdowns = """
                (SELECT group_concat(dimension, ';') FROM (SELECT dimension FROM indicator_breakdowns b WHERE b.indicator = i.code
                 ORDER BY CASE dimension WHEN 'level' THEN 1 WHEN 'channel' THEN 2 ELSE 3 END))
                """
            return ExportLayout(fields: fields(.indicators, false, [
                "code": ExportField("code", .text, "i.code"), "name_vi": ExportField("name_vi", .text, "i.name_vi"),
                "name_en": ExportField("name_en", .text, "i.name_en"), "measure": ExportField("measure", .text, "i.measure"),
                "framework": ExportField("framework", .text, "i.framework"),
                "higher_is_better": ExportField("higher_is_better", .integer, "i.higher_is_better"),
                "scale_max": ExportField("scale_max", .real, "i.scale_max"), "parent": ExportField("parent", .text, "i.parent"),
                "synonyms": ExportField("synonyms", .text, synonyms), "breakdowns": ExportField("breakdowns", .text, breakdowns),
                "description": ExportField("description", .text, "i.description"),
            ]), from: "indicators i WHERE i.origin = 'user'", order: "i.code", filterKey: nil)
        case .periods:
            return ExportLayout(fields: [
                ExportField("code"), ExportField("kind"), ExportField("start_date", .date), ExportField("end_date", .date),
                ExportField("label_vi"),
            ], from: "periods", order: "code", filterKey: nil)
        case .sources:
            // area: the code (as sources.csv writes it), with area_name beside it.
            var fields = [
                ExportField("id", .text, "s.id"), ExportField("title", .text, "s.title"), ExportField("publisher", .text, "s.publisher"),
                ExportField("url", .text, "s.url"), ExportField("published_on", .date, "s.published_on"),
                ExportField.areaCode("area", id: "s.area"), ExportField("area_name", .text, "a.name"),
                ExportField("period", .text, "s.period"), ExportField("file", .text, "s.file"), ExportField("sha256", .text, "s.sha256"),
            ]
            if withBody { fields.append(ExportField("body", .text, "s.body")) }
            return ExportLayout(fields: fields, from: "sources s LEFT JOIN areas a ON a.id = s.area LEFT JOIN periods p ON p.code = s.period",
                                order: "s.id", filterKey: nil, areaDate: "coalesce(p.end_date, s.published_on)")
        }
    }
}
