import ChisoDomain
import ChisoFormats
import ChisoStorage

extension ObservationQuery {
    /// Checks the query's meaning (known indicators, areas, periods, numbers) and turns it
    /// into SQL over `observations_view` with every value bound as a parameter.
    package func compile(areas: AreaDirectory, indicators: [Indicator]) throws(QuerySyntaxError) -> CompiledQuery {
        var compiler = QueryCompiler(query: self, areas: areas, indicators: indicators)
        return try compiler.compile()
    }

    /// `compile` against the areas and indicators of `database`.
    package func compile(for database: Database) throws -> CompiledQuery {
        try compile(areas: try database.areas.directory(), indicators: try database.indicators.all())
    }

    /// The ids of the observations the query selects (one integer column `id`), with its
    /// conditions, `latest`, order and limit, for callers that keep their own layout:
    /// `chiso export --query` exports exactly the rows `chiso query` would show.
    package func compileIdentifiers(for database: Database) throws -> CompiledQuery {
        var compiler = QueryCompiler(query: self, areas: try database.areas.directory(), indicators: try database.indicators.all())
        return try compiler.compile(.observationIDs)
    }
}

/// Builds the SQL text and its bindings in one left-to-right pass, so each `?` and its value
/// are appended together and cannot drift apart. Identifiers come only from `QueryField`.
struct QueryCompiler {
    /// How many values one query may bind: SQLite refuses more than its variable limit
    /// (32766 by default: https://sqlite.org/limits.html#max_variable_number), and a list that
    /// long is a job for an import, not a query.
    static let maximumValues = 10_000

    let query: ObservationQuery
    let areas: AreaDirectory
    let indicators: [Indicator]
    private var bindings: [SQLiteValue] = []

    init(query: ObservationQuery, areas: AreaDirectory, indicators: [Indicator]) {
        self.query = query
        self.areas = areas
        self.indicators = indicators
    }

    private func error(_ message: String, at span: QuerySpan) -> QuerySyntaxError {
        QuerySyntaxError(message, at: span, in: query.text)
    }

    /// Appends a value and returns its placeholder.
    private mutating func bind(_ value: SQLiteValue) -> String {
        bindings.append(value)
        return "?"
    }

    private mutating func bindList(_ values: [SQLiteValue]) -> String {
        "(" + values.map { bind($0) }.joined(separator: ", ") + ")"
    }

    /// What a compiled query returns: the query's own fields, or only the observations' ids.
    enum Projection { case selection, observationIDs }

    mutating func compile(_ projection: Projection = .selection) throws(QuerySyntaxError) -> CompiledQuery {
        let columns: [Column], select: String
        switch projection {
        case .selection:
            columns = query.selection.map { Column($0.rawValue, $0.cellType) }
            select = query.selection.map { "\($0.column) AS \"\($0.rawValue)\"" }.joined(separator: ", ")
        case .observationIDs:
            columns = [Column("id", .integer)]
            select = "id"
        }

        // `latest` picks among the rows the other conditions keep, so it must be and-ed with them.
        var latest = false
        var terms: [String] = []
        for term in query.condition.map(Self.conjuncts) ?? [] {
            if case .latest = term {
                latest = true
            } else {
                terms.append(try condition(term))
            }
        }
        let whereClause = terms.isEmpty ? "" : " WHERE " + terms.joined(separator: " AND ")
        let source = latest
            ? "(SELECT *, rank() OVER (PARTITION BY indicator, area_id, agency, level, channel, dossier_status ORDER BY period_end DESC, period_start DESC) AS latest_rank FROM observations_view\(whereClause)) WHERE latest_rank = 1"
            : "observations_view\(whereClause)"

        var order = query.ordering.flatMap { item in
            item.field.sortExpression.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces) + (item.descending ? " DESC" : "")
            }
        }
        order += ["indicator", "area_code", "agency", "period_start", "period_end", "source", "id"]
        var sql = "SELECT \(select) FROM \(source) ORDER BY \(order.joined(separator: ", "))"
        if let limit = query.limit {
            sql += " LIMIT " + bind(.integer(Int64(limit)))
        }
        return CompiledQuery(sql: sql, bindings: bindings, columns: columns)
    }

    private static func conjuncts(_ condition: QueryCondition) -> [QueryCondition] {
        operands(of: condition, and: true)
    }

    /// The operands of a chain of one operator, left to right: "a or b or c" parses as
    /// ((a or b) or c), and written that way it would nest one SQL parenthesis per `or`, which
    /// SQLite's parser refuses past a few dozen. A flat "(a OR b OR c)" costs one level.
    private static func operands(of condition: QueryCondition, and: Bool) -> [QueryCondition] {
        var pending = [condition]
        var result: [QueryCondition] = []
        while let node = pending.popLast() {
            switch node {
            case .and(let a, let b) where and, .or(let a, let b) where !and:
                pending.append(b)
                pending.append(a)
            default:
                result.append(node)
            }
        }
        return result
    }

    // MARK: - Conditions

    /// Every predicate compiles to a two-valued expression (0 or 1, never NULL), so `not`
    /// is a plain negation and a missing numerator simply does not match `numerator > 5`.
    private mutating func condition(_ condition: QueryCondition) throws(QuerySyntaxError) -> String {
        switch condition {
        case .and:
            return try group(condition, and: true)
        case .or:
            return try group(condition, and: false)
        case .not(let inner, _):
            return "(NOT \(try self.condition(inner)))"
        case .latest(let span):
            throw error("latest can only be joined to the other conditions with and (it keeps the most recent period among the rows they select)", at: span)
        case .compare(let field, let op, let value, let fieldSpan, let operatorSpan):
            return try compare(field, op, value, fieldSpan: fieldSpan, operatorSpan: operatorSpan)
        case .list(let field, let negated, let values, let fieldSpan):
            let list = try values.map { (v: QueryValue) throws(QuerySyntaxError) in try listValues(field, v, fieldSpan: fieldSpan) }.flatMap { $0 }
            guard bindings.count + list.count <= Self.maximumValues else {
                throw error("the query has more than \(Self.maximumValues) values to compare; split it into several queries",
                            at: fieldSpan.through(values.last?.span ?? fieldSpan))
            }
            let expression = "coalesce(\(listColumn(field)) IN \(bindList(list)), 0)"
            return negated ? "(NOT \(expression))" : expression
        case .between(let field, let negated, let low, let high, let fieldSpan):
            let expression = try between(field, low, high, fieldSpan: fieldSpan)
            return negated ? "(NOT \(expression))" : expression
        }
    }

    /// A chain of `and` or of `or` as one flat parenthesised group.
    private mutating func group(_ chain: QueryCondition, and: Bool) throws(QuerySyntaxError) -> String {
        var parts: [String] = []
        for operand in Self.operands(of: chain, and: and) {
            parts.append(try condition(operand))
        }
        return "(" + parts.joined(separator: and ? " AND " : " OR ") + ")"
    }

    private mutating func compare(_ field: QueryField, _ op: QueryOperator, _ value: QueryValue,
                                  fieldSpan: QuerySpan, operatorSpan: QuerySpan) throws(QuerySyntaxError) -> String {
        if op == .contains {
            return try contains(field, value, operatorSpan: operatorSpan)
        }
        switch field.kind {
        case .period:
            return try periodCompare(field, op, value, operatorSpan: operatorSpan)
        case .number, .date:
            if op == .within || op == .overlaps {
                throw error("\(op.rawValue) applies to period, not to \(field.rawValue); expected =, !=, <, <=, >, >= or between", at: operatorSpan)
            }
            let bound = field.kind == .number ? try number(value, for: field) : try date(value, for: field)
            switch op {
            case .equal: return "(\(field.column) IS \(bind(bound)))"
            case .notEqual: return "(\(field.column) IS NOT \(bind(bound)))"
            default: return "coalesce(\(field.column) \(op.rawValue) \(bind(bound)), 0)"
            }
        case .text:
            guard op == .equal || op == .notEqual else {
                throw error("'\(op.rawValue)' does not apply to \(field.rawValue), a text field; expected =, !=, in, not in or ~", at: operatorSpan)
            }
            let values = try listValues(field, value, fieldSpan: fieldSpan)
            if values.count == 1, field != .area {
                return "(\(field.column) \(op == .equal ? "IS" : "IS NOT") \(bind(values[0])))"
            }
            let expression = "coalesce(\(listColumn(field)) IN \(bindList(values)), 0)"
            return op == .equal ? expression : "(NOT \(expression))"
        }
    }

    /// The column a list compares: areas by id, since a name or code may denote several units.
    private func listColumn(_ field: QueryField) -> String {
        field == .area ? "area_id" : field.column
    }

    /// The values one written value stands for: an area name or code becomes every unit id it
    /// ever denoted (the period condition picks among them); other fields one checked value.
    private func listValues(_ field: QueryField, _ value: QueryValue, fieldSpan: QuerySpan) throws(QuerySyntaxError) -> [SQLiteValue] {
        switch field.kind {
        case .number: return [try number(value, for: field)]
        case .date: return [try date(value, for: field)]
        case .period: return [.text(try period(value).code)]
        case .text: break
        }
        switch field {
        case .area:
            do {
                return try AreaSet.ids(denotedBy: value.text, in: areas).map { .text($0) }
            } catch {
                throw self.error(error.description, at: value.span)
            }
        case .indicator:
            let code = value.text.lowercased()
            let codes = indicators.map(\.code)
            guard codes.contains(code) else {
                let close = Suggest.closest(to: value.text, among: codes)
                let hint = close.isEmpty ? "; `chiso indicators` lists them" : "; did you mean \(close.joined(separator: " or "))?"
                throw error("unknown indicator '\(value.text)'\(hint)", at: value.span)
            }
            return [.text(code)]
        case .measure, .framework, .status, .qualifier, .unitKind:
            let known = enumeration(field)
            let text = value.text.lowercased()
            guard known.contains(text) else {
                let close = Suggest.closest(to: value.text, among: known)
                let hint = close.isEmpty ? "" : "did you mean \(close.joined(separator: " or "))? "
                throw error("unknown \(field.rawValue) '\(value.text)'; \(hint)expected one of \(known.joined(separator: ", "))", at: value.span)
            }
            return [.text(text)]
        case .level, .channel, .dossierStatus:
            // Codes, English or Vietnamese words ("xa", "commune", "cấp xã"); "none" is the whole figure.
            guard let dimension = field.breakdownDimension else { return [.text(value.text)] }
            if value.text.lowercased() == "none" { return [.text("")] }
            guard let code = dimension.canonical(value.text) else {
                let close = Suggest.closest(to: value.text, among: dimension.codes)
                let hint = close.isEmpty ? "" : "did you mean \(close.joined(separator: " or "))? "
                throw error("unknown \(field.rawValue) '\(value.text)'; \(hint)expected one of \(dimension.allowedList) or none", at: value.span)
            }
            return [.text(code)]
        default:
            return [.text(value.text)]
        }
    }

    private func enumeration(_ field: QueryField) -> [String] {
        switch field {
        case .measure: Measure.allCases.map(\.rawValue)
        case .status: ObservationStatus.allCases.map(\.rawValue)
        case .qualifier: Qualifier.allCases.map(\.rawValue)
        case .unitKind: UnitKind.allCases.map(\.rawValue)
        default: Array(Set(indicators.map(\.framework))).sorted()
        }
    }

    /// `~`: contains, on folded text, so case, diacritics and "đ"/"d" do not matter.
    /// On indicator it searches the code and both names.
    private mutating func contains(_ field: QueryField, _ value: QueryValue, operatorSpan: QuerySpan) throws(QuerySyntaxError) -> String {
        let needle = SQLiteValue.text(VietnameseText.fold(value.text))
        if field.kind == .number || field.kind == .date {
            throw error("'~' (contains) applies to text, not to \(field.rawValue), a \(field.kind == .number ? "number" : "date"); expected =, !=, <, <=, >, >= or between", at: operatorSpan)
        }
        let columns: [String] = switch field {
        case .indicator: ["indicator", "indicator_name_vi", "indicator_name_en"]
        case .period: ["period", "period_label"]
        case .area: ["area_code", "area_name"]
        default: [field.column]
        }
        let tests = columns.map { "instr(fold(\($0)), \(bind(needle))) > 0" }
        return "coalesce(\(tests.joined(separator: " OR ")), 0)"
    }

    // MARK: - Periods

    /// Period comparisons by dates, not by code strings: `>=` starts on or after the start,
    /// `>` starts after the end, `<` ends before the start, `<=` ends on or before the end.
    private mutating func periodCompare(_ field: QueryField, _ op: QueryOperator, _ value: QueryValue,
                                        operatorSpan: QuerySpan) throws(QuerySyntaxError) -> String {
        let p = try period(value)
        if field == .baselinePeriod, op != .equal, op != .notEqual {
            throw error("baseline_period compares by code; expected =, !=, in or not in", at: operatorSpan)
        }
        switch op {
        case .equal: return "(\(field.column) IS \(bind(.text(p.code))))"
        case .notEqual: return "(\(field.column) IS NOT \(bind(.text(p.code))))"
        case .within: return "(period_start >= \(bind(.text(p.start.iso))) AND period_end <= \(bind(.text(p.end.iso))))"
        case .overlaps: return "(period_start <= \(bind(.text(p.end.iso))) AND period_end >= \(bind(.text(p.start.iso))))"
        case .greaterOrEqual: return "(period_start >= \(bind(.text(p.start.iso))))"
        case .greater: return "(period_start > \(bind(.text(p.end.iso))))"
        case .less: return "(period_end < \(bind(.text(p.start.iso))))"
        case .lessOrEqual: return "(period_end <= \(bind(.text(p.end.iso))))"
        case .contains: preconditionFailure("contains is compiled by contains(_:_:operatorSpan:)")
        }
    }

    private mutating func between(_ field: QueryField, _ low: QueryValue, _ high: QueryValue, fieldSpan: QuerySpan) throws(QuerySyntaxError) -> String {
        switch field.kind {
        case .period:
            guard field == .period else {
                throw error("between applies to period, not to baseline_period (compared by code)", at: fieldSpan)
            }
            let from = try period(low), to = try period(high)
            guard from.start <= to.end else {
                throw error("between \(from.code) and \(to.code) is empty: the first period starts after the second ends", at: low.span.through(high.span))
            }
            return "(period_start >= \(bind(.text(from.start.iso))) AND period_end <= \(bind(.text(to.end.iso))))"
        case .number, .date:
            let a = field.kind == .number ? try number(low, for: field) : try date(low, for: field)
            let b = field.kind == .number ? try number(high, for: field) : try date(high, for: field)
            return "coalesce(\(field.column) BETWEEN \(bind(a)) AND \(bind(b)), 0)"
        case .text:
            throw error("between does not apply to \(field.rawValue), a text field; expected =, !=, in, not in or ~", at: fieldSpan)
        }
    }

    // MARK: - Values

    private func number(_ value: QueryValue, for field: QueryField) throws(QuerySyntaxError) -> SQLiteValue {
        do {
            return .real(try VietnameseNumber.parse(value.text))
        } catch {
            throw self.error("bad number '\(value.text)' for \(field.rawValue): expected a number such as 42.06 or 42,06", at: value.span)
        }
    }

    private func date(_ value: QueryValue, for field: QueryField) throws(QuerySyntaxError) -> SQLiteValue {
        do {
            return .text(try CalendarDate(iso: value.text).iso)
        } catch {
            throw self.error("bad date '\(value.text)' for \(field.rawValue): expected YYYY-MM-DD such as 2023-09-30", at: value.span)
        }
    }

    private func period(_ value: QueryValue) throws(QuerySyntaxError) -> Period {
        do {
            return try Period.parse(value.text)
        } catch {
            throw self.error("unknown period '\(value.text)': \(error.message); expected a code such as 2023, 2023-H1, 2023-Q3, 2023-09 or Vietnamese such as \"9 tháng đầu năm 2023\"", at: value.span)
        }
    }
}
