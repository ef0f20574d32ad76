import Foundation

/// The metadata file Datasette reads (`datasette serve chiso.db -m metadata.json`): titles and
/// descriptions of the tables people browse, the label column of the tables figures refer to
/// (so `indicator` shows the Vietnamese name and `period` its label), units where a column
/// has one, full-text search on the passages, and canned queries for the usual questions.
/// See https://docs.datasette.io/en/0.65/metadata.html.
package enum DatasetteMetadata {
    /// The metadata for a database Datasette will call `databaseName` (its file name without
    /// the extension), as pretty-printed JSON with sorted keys.
    package static func json(databaseName: String) throws -> String {
        let root = Root(
            title: "chiso: Vietnam's public-administration reform indicators",
            description: "Figures of TTHC, QĐ 766, PAR Index, SIPAS, DTI and Đề án 06 by province and period, each with its source. Written by chiso; browse observations_view for names instead of codes.",
            source: "chiso",
            databases: [databaseName: Database(tables: tables, queries: queries)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(root), as: UTF8.self) + "\n"
    }

    struct Root: Encodable {
        let title: String
        let description: String
        let source: String
        let databases: [String: Database]
    }

    struct Database: Encodable {
        let tables: [String: Table]
        let queries: [String: Query]
    }

    struct Table: Encodable {
        var title: String
        var description: String
        var label_column: String?
        var columns: [String: String]?
        var units: [String: String]?
        var fts_table: String?
        var searchmode: String?
        var hidden: Bool?
    }

    struct Query: Encodable {
        let title: String
        let description: String
        let sql: String
    }

    static let valueDescription = "The figure, in its indicator's measure: percent 0–100 (42.06, not 0.4206); score in points out of the indicator's scale_max; count a whole number; rank 1 = best, out of denominator; ratio or amount as reported. See the indicators table (measure, scale_max)."

    static let tables: [String: Table] = [
        "observations": Table(
            title: "Figures",
            description: "One reported figure per indicator, area, unit (agency), breakdown, period and source. Codes here; observations_view adds the names.",
            columns: [
                "indicator": "Indicator code (indicators.code); Datasette shows its Vietnamese name.",
                "area": "Area id (areas.id): 'VN', 'p63-CC' for a province before 2025-07-01, 'p34-CC' after.",
                "agency": "The unit inside the area ('' = the whole area), e.g. Sở Nội vụ.",
                "period": "Period code (2023, 2023-H1, 2023-Q3, 2023-09, 2023-09-30, 2023-01/2023-09); Datasette shows its Vietnamese label.",
                "value": valueDescription,
                "numerator": "For a fraction: n of N (with denominator); for a rank: the rank.",
                "denominator": "For a fraction: N; for a rank: the number of units ranked.",
                "qualifier": "How the report qualified the value: more_than, at_least, about, less_than, at_most, nearly.",
                "status": "reported, estimated, self_assessed, derived or inferred.",
                "source": "The source document (sources.id).",
                "quote": "The sentence of the source the figure was read from.",
            ]),
        "observations_view": Table(
            title: "Figures with names",
            description: "The figures joined with indicator names, area codes and names and period labels.",
            columns: [
                "area_code": "The province code of the area ('VN' for the country).",
                "area_name": "The area's name.",
                "indicator_name_vi": "The indicator's Vietnamese name.",
                "period_label": "The period in Vietnamese.",
                "value": valueDescription,
            ]),
        "targets": Table(
            title: "Targets",
            description: "Goals set for an indicator: comparator and value (value_high for 'between')."),
        "rollouts": Table(
            title: "Đề án 06 rollout",
            description: "Models of Đề án 06 completed, in progress and not started per area and period."),
        "rollouts_view": Table(
            title: "Đề án 06 rollout with names",
            description: "The rollouts with area code, name and the completed share.",
            units: ["completed_percent": "percent"]),
        "indicators": Table(
            title: "Indicator catalogue",
            description: "What each code means: Vietnamese and English names, measure (percent, score, count, rank, ratio, amount…), framework, whether higher is better, and scale_max for scores.",
            label_column: "name_vi",
            columns: [
                "measure": "How a value reads: percent (0–100), score (0..scale_max points), count, rank (1 = best), ratio, amount, and changes of those.",
                "scale_max": "The top of a score's scale (100 for QĐ 766, 1 for the published DTI, 80 for PAPI).",
            ]),
        "areas": Table(
            title: "Areas",
            description: "The country and the province-level units, with their validity: 63 until 2025-06-30, 34 from 2025-07-01.",
            label_column: "name"),
        "periods": Table(
            title: "Periods",
            description: "Every period a figure uses, with its dates and Vietnamese label.",
            label_column: "label_vi"),
        "sources": Table(
            title: "Sources",
            description: "The documents figures come from, with their full text and its sha256.",
            label_column: "title"),
        "source_passages": Table(
            title: "Source passages (full-text search)",
            description: "The sources' sentences. Search finds words with or without their marks: 'dat' and 'đạt' both find đạt.",
            columns: [
                "text": "The sentence as the document writes it.",
                "folded": "The sentence folded (lower case, no marks, đ→d), which makes 'dat' find 'đạt'.",
            ]),
        "change_log": Table(
            title: "History",
            description: "One row per write operation of chiso (chiso history)."),
    ]

    static let queries: [String: Query] = [
        "latest_by_area": Query(
            title: "Latest figure of an indicator in every area",
            description: "The most recent figure of one indicator (e.g. online_dossier_rate) per area and unit, with names.",
            sql: """
                SELECT area_code, area_name, agency, period, period_label, value, measure, source
                FROM observations_view o
                WHERE indicator = :indicator
                  AND period_end = (SELECT max(period_end) FROM observations_view x
                                    WHERE x.indicator = o.indicator AND x.area_id = o.area_id AND x.agency = o.agency)
                ORDER BY value DESC
                """),
        "area_figures": Query(
            title: "Every figure of an area",
            description: "All figures of one area, by province code or name (e.g. 08 or Tuyên Quang), newest first.",
            sql: """
                SELECT indicator, indicator_name_vi, agency, period, period_label, value, measure, source, quote
                FROM observations_view
                WHERE area_code = :area OR area_name = :area
                ORDER BY period_end DESC, indicator
                """),
        "search_sources": Query(
            title: "Search the sources",
            description: "Sentences of the sources that contain the words, with or without marks (dat or đạt).",
            sql: """
                SELECT p.source, s.title, p.passage_no, p.text
                FROM source_passages p JOIN sources s ON s.id = p.source
                WHERE source_passages MATCH :words
                ORDER BY rank
                LIMIT 100
                """),
        "targets_with_latest": Query(
            title: "Targets beside the latest figure",
            description: "Each target with the latest figure of the same indicator, area and unit up to the target's period.",
            sql: """
                SELECT t.area_code, t.area_name, t.indicator, t.indicator_name_vi, t.period, t.comparator, t.value AS target, t.value_high,
                       (SELECT o.value FROM observations_view o
                        WHERE o.indicator = t.indicator AND o.area_id = t.area_id AND o.agency = t.agency AND o.period_end <= t.period_end
                        ORDER BY o.period_end DESC LIMIT 1) AS latest_value
                FROM targets_view t
                ORDER BY t.area_code, t.indicator
                """),
    ]
}
