import ChisoDomain

/// Recursive descent over the tokens, one function per grammar rule (docs/query-language.md):
///
///     query     := [select fields] [where or] [order by field [asc|desc], …] [limit N]
///     or        := and ("or" and)*
///     and       := not ("and" not)*
///     not       := "not" not | primary
///     primary   := "(" or ")" | "latest" | field predicate
///     predicate := op value | ["not"] "in" "(" value, … ")" | ["not"] "between" value "and" value
///                | "within" value | "overlaps" value
///
/// `where` may be left out when the query starts with its condition ("area = 08").
///
/// Limits keep hostile input from crashing the parser or compiling to SQL that SQLite refuses:
/// `maximumDepth` bounds the recursion of `not` and `primary` (15,000 parentheses used to
/// overflow the stack), and is below what SQLite 3.40's parser takes: the compiled SQL nests
/// one parenthesis per level, and its fixed 100-entry parser stack overflows at 25–28 levels of
/// the costliest shapes (QueryLimitTests runs them at the limit). `maximumConditions` bounds
/// and/or chains, each operand one level of SQLite's expression tree, which stops at 1000
/// (https://sqlite.org/limits.html#max_expr_depth).
struct QueryParser {
    /// How deep parentheses and `not` may nest.
    static let maximumDepth = 20
    /// How many predicates (field conditions and `latest`) one query may hold.
    static let maximumConditions = 500
    /// How many fields `select` or `order by` may list (SQLite stops at 2000 columns or terms,
    /// and a field repeated more often than there are fields says nothing new).
    static let maximumListedFields = 100

    private let text: String
    private let characters: [Character]
    private let tokens: [QueryToken]
    private var position = 0
    private var depth = 0
    private var conditions = 0

    init(_ text: String) throws(QuerySyntaxError) {
        self.text = text
        self.characters = Array(text)
        self.tokens = try QueryLexer.tokens(of: text)
    }

    private var current: QueryToken { tokens[position] }

    @discardableResult
    private mutating func advance() -> QueryToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func error(_ message: String, at span: QuerySpan) -> QuerySyntaxError {
        QuerySyntaxError(message, at: span, in: text)
    }

    private func found(_ token: QueryToken) -> String {
        token.keyword != nil ? "the keyword \(token.text.lowercased())" : token.quotedForMessage
    }

    // MARK: - Clauses

    mutating func parseQuery() throws(QuerySyntaxError) -> ObservationQuery {
        var selection = QueryField.defaultSelection
        var condition: QueryCondition?
        var ordering: [QueryOrdering] = []
        var limit: Int?
        var expected = ["select", "where", "order by", "limit"]

        if current.keyword == .select {
            advance()
            selection = try parseSelection()
            expected = ["',' and another field", "where", "order by", "limit"]
        }
        if current.keyword == .where {
            advance()
            guard current.kind != .end else {
                throw error("missing condition after where", at: current.span)
            }
            condition = try parseOr()
            expected = ["and", "or", "order by", "limit"]
        } else if position == 0, startsCondition(current) {
            condition = try parseOr()
            expected = ["and", "or", "order by", "limit"]
        }
        if current.keyword == .order {
            advance()
            guard current.keyword == .by else {
                throw error("expected by after order, found \(found(current))", at: current.span)
            }
            advance()
            ordering = try parseOrdering()
            expected = ["',' and another field", "asc", "desc", "limit"]
        }
        if current.keyword == .limit {
            advance()
            limit = try parseLimit()
            expected = []
        }
        guard current.kind == .end else {
            if current.isSymbol(")") {
                throw error("unmatched ')': no '(' opens it", at: current.span)
            }
            let list = (expected + ["the end of the query"])
            let joined = list.dropLast().joined(separator: ", ") + " or " + (list.last ?? "")
            throw error("unexpected \(found(current)); expected \(list.count == 1 ? list[0] : joined)", at: current.span)
        }
        return ObservationQuery(text: text, selection: selection, condition: condition, ordering: ordering, limit: limit)
    }

    /// A query may start with its condition: a field name, "not", "latest" or "(".
    private func startsCondition(_ token: QueryToken) -> Bool {
        if token.isSymbol("(") { return true }
        if let keyword = token.keyword { return keyword == .not || keyword == .latest }
        return token.kind == .word
    }

    private mutating func parseSelection() throws(QuerySyntaxError) -> [QueryField] {
        if current.kind == .word, current.text == "*" {
            advance()
            return QueryField.allCases
        }
        var fields = [try parseField(after: "select")]
        while current.isSymbol(",") {
            guard fields.count < Self.maximumListedFields else {
                throw error("select lists more than \(Self.maximumListedFields) fields; use select * for all of them", at: current.span)
            }
            advance()
            fields.append(try parseField(after: "','"))
        }
        return fields
    }

    private mutating func parseOrdering() throws(QuerySyntaxError) -> [QueryOrdering] {
        var items: [QueryOrdering] = []
        repeat {
            guard items.count < Self.maximumListedFields else {
                throw error("order by lists more than \(Self.maximumListedFields) fields; keep the ones that decide the order", at: current.span)
            }
            if !items.isEmpty { advance() }
            let field = try parseField(after: items.isEmpty ? "order by" : "','")
            var descending = false
            if current.keyword == .asc { advance() } else if current.keyword == .desc { advance(); descending = true }
            items.append(QueryOrdering(field: field, descending: descending))
        } while current.isSymbol(",")
        return items
    }

    private mutating func parseLimit() throws(QuerySyntaxError) -> Int {
        let token = current
        guard token.kind == .word, token.keyword == nil else {
            throw error("missing number after limit: expected a whole number of rows, found \(found(token))", at: token.span)
        }
        guard token.text.allSatisfy(\.isASCIIDigit), let n = Int(token.text) else {
            throw error("limit expects a whole number of rows, 0 or more; found '\(token.text)'", at: token.span)
        }
        advance()
        return n
    }

    /// A field name, with suggestions when it is misspelt.
    private mutating func parseField(after previous: String) throws(QuerySyntaxError) -> QueryField {
        let token = current
        guard token.kind == .word, token.keyword == nil else {
            throw error("expected a field name after \(previous), found \(found(token))", at: token.span)
        }
        guard let field = QueryField.named(token.text) else {
            let close = Suggest.closest(to: token.text, among: QueryField.spellings)
            let hint = close.isEmpty
                ? "; fields are \(QueryField.allCases.map(\.rawValue).joined(separator: ", "))"
                : "; did you mean \(close.joined(separator: " or "))?"
            throw error("unknown field '\(token.text)'\(hint)", at: token.span)
        }
        advance()
        return field
    }

    // MARK: - Conditions

    private mutating func parseOr() throws(QuerySyntaxError) -> QueryCondition {
        var left = try parseAnd()
        while current.keyword == .or {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(QuerySyntaxError) -> QueryCondition {
        var left = try parseNot()
        while current.keyword == .and {
            advance()
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws(QuerySyntaxError) -> QueryCondition {
        if current.keyword == .not {
            let token = advance()
            try descend(at: token.span)
            defer { depth -= 1 }
            return .not(try parseNot(), span: token.span)
        }
        return try parsePrimary()
    }

    /// Enters one level of `not` or parentheses, refusing the level past `maximumDepth`.
    private mutating func descend(at span: QuerySpan) throws(QuerySyntaxError) {
        guard depth < Self.maximumDepth else {
            throw error("the query nests deeper than \(Self.maximumDepth) levels (parentheses and not); simplify it", at: span)
        }
        depth += 1
    }

    /// Counts one predicate, refusing the one past `maximumConditions`.
    private mutating func countCondition(at span: QuerySpan) throws(QuerySyntaxError) {
        guard conditions < Self.maximumConditions else {
            throw error("the query has more than \(Self.maximumConditions) conditions; join values with in (…) instead of or", at: span)
        }
        conditions += 1
    }

    private mutating func parsePrimary() throws(QuerySyntaxError) -> QueryCondition {
        let token = current
        if token.isSymbol("(") {
            advance()
            try descend(at: token.span)
            defer { depth -= 1 }
            let inner = try parseOr()
            guard current.isSymbol(")") else {
                if current.kind == .end {
                    throw error("unclosed parenthesis: no ')' closes this '('", at: token.span)
                }
                throw error("expected ')', and or or, found \(found(current))", at: current.span)
            }
            advance()
            return inner
        }
        if token.keyword == .latest {
            try countCondition(at: token.span)
            advance()
            return .latest(span: token.span)
        }
        guard token.kind == .word, token.keyword == nil else {
            throw error("expected a condition (a field such as value, area or period, not, latest or '('), found \(found(token))",
                        at: token.span)
        }
        try countCondition(at: token.span)
        let field = try parseField(after: "where")
        return try parsePredicate(field, fieldSpan: token.span)
    }

    private mutating func parsePredicate(_ field: QueryField, fieldSpan: QuerySpan) throws(QuerySyntaxError) -> QueryCondition {
        let token = current
        if token.kind == .symbol, let op = QueryOperator(rawValue: token.text) {
            advance()
            return .compare(field, op, try parseValue(after: token.text), fieldSpan: fieldSpan, operatorSpan: token.span)
        }
        switch token.keyword {
        case .within, .overlaps:
            advance()
            let op: QueryOperator = token.keyword == .within ? .within : .overlaps
            return .compare(field, op, try parseValue(after: op.rawValue), fieldSpan: fieldSpan, operatorSpan: token.span)
        case .not:
            let next = tokens[min(position + 1, tokens.count - 1)]
            guard next.keyword == .in || next.keyword == .between else { break }
            advance()
            return try parseListOrBetween(field, negated: true, fieldSpan: fieldSpan)
        case .in, .between:
            return try parseListOrBetween(field, negated: false, fieldSpan: fieldSpan)
        default:
            break
        }
        throw error("expected an operator after \(field.rawValue) (=, !=, <, <=, >, >=, ~, in, not in, between, within, overlaps), found \(found(token))",
                    at: token.span)
    }

    private mutating func parseListOrBetween(_ field: QueryField, negated: Bool, fieldSpan: QuerySpan) throws(QuerySyntaxError) -> QueryCondition {
        let keyword = advance()
        if keyword.keyword == .between {
            let low = try parseValue(after: "between")
            guard current.keyword == .and else {
                throw error("expected and between the two ends of between, found \(found(current))", at: current.span)
            }
            advance()
            let high = try parseValue(after: "and")
            return .between(field, negated: negated, low, high, fieldSpan: fieldSpan)
        }
        let open = current
        guard open.isSymbol("(") else {
            throw error("expected '(' after in, found \(found(open))", at: open.span)
        }
        advance()
        var values: [QueryValue] = []
        repeat {
            if !values.isEmpty { advance() }
            let value = try parseValue(after: values.isEmpty ? "'('" : "','")
            // Inside a list the comma separates items, so "42,06" is ambiguous.
            if !value.quoted, value.text.contains(",") {
                throw error("'\(value.text)' is ambiguous in a list: write 42.06 or '42,06' for one number, or '42, 06' with a space for two items",
                            at: value.span)
            }
            values.append(value)
        } while current.isSymbol(",")
        guard current.isSymbol(")") else {
            if current.kind == .end {
                throw error("unclosed parenthesis: no ')' closes this list", at: open.span)
            }
            throw error("expected ',' or ')' in the list, found \(found(current))", at: current.span)
        }
        advance()
        return .list(field, negated: negated, values, fieldSpan: fieldSpan)
    }

    /// A quoted string, or a bare value: consecutive words up to the next keyword, operator,
    /// parenthesis or comma ("tuyen quang", "9 tháng đầu năm 2023").
    private mutating func parseValue(after previous: String) throws(QuerySyntaxError) -> QueryValue {
        let first = current
        if first.kind == .quoted {
            advance()
            return QueryValue(text: first.text, quoted: true, span: first.span)
        }
        guard first.kind == .word, first.keyword == nil else {
            let hint = first.keyword != nil ? " (quote a value that is also a keyword: '\(first.text)')" : ""
            throw error("missing value after \(previous): expected a value, found \(found(first))\(hint)", at: first.span)
        }
        var last = first
        while current.kind == .word, current.keyword == nil {
            last = advance()
        }
        let span = first.span.through(last.span)
        let raw = String(characters[span.offset..<(span.offset + span.length)])
        let collapsed = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return QueryValue(text: collapsed, quoted: false, span: span)
    }
}
