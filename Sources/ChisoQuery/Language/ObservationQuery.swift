/// A parsed query of the observation query language (see docs/query-language.md):
///
///     [select FIELD, …] [where CONDITION] [order by FIELD [asc|desc], …] [limit N]
///
/// Parsing checks only the shape; `compile` checks the meaning against the database's areas
/// and indicators and produces SQL with bound parameters.
package struct ObservationQuery: Sendable {
    /// The query as written, kept for error carets during compilation.
    package let text: String
    package var selection: [QueryField]
    var condition: QueryCondition?
    var ordering: [QueryOrdering]
    package var limit: Int?

    /// Parses `text`; an empty text is every observation with the default columns.
    package static func parse(_ text: String) throws(QuerySyntaxError) -> ObservationQuery {
        var parser = try QueryParser(text)
        return try parser.parseQuery()
    }

    init(text: String, selection: [QueryField], condition: QueryCondition?, ordering: [QueryOrdering], limit: Int?) {
        self.text = text
        self.selection = selection
        self.condition = condition
        self.ordering = ordering
        self.limit = limit
    }
}

/// One `order by` item.
struct QueryOrdering: Sendable {
    var field: QueryField
    var descending: Bool
}

/// A value as written in the query: its text and where it was, for errors.
struct QueryValue: Sendable {
    var text: String
    var quoted: Bool
    var span: QuerySpan
}

/// Comparison operators of a predicate.
enum QueryOperator: String, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case contains = "~", within, overlaps
}

/// The condition tree, with the precedence not > and > or already applied by the parser.
indirect enum QueryCondition: Sendable {
    case and(QueryCondition, QueryCondition)
    case or(QueryCondition, QueryCondition)
    case not(QueryCondition, span: QuerySpan)
    /// Only the most recent period per indicator × area × agency.
    case latest(span: QuerySpan)
    case compare(QueryField, QueryOperator, QueryValue, fieldSpan: QuerySpan, operatorSpan: QuerySpan)
    case list(QueryField, negated: Bool, [QueryValue], fieldSpan: QuerySpan)
    case between(QueryField, negated: Bool, QueryValue, QueryValue, fieldSpan: QuerySpan)
}
