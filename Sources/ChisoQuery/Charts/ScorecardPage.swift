import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso report AREA --format html`: one self-contained page a provincial office can attach
/// to its monthly report — the scorecard (what each figure is, its period, its target), a
/// trend chart for each indicator with more than one figure, and the sources with the
/// sentences the figures were read from.
package struct ScorecardPage {
    package var scorecard: Scorecard
    package var vietnamese: Bool
    /// How many trend charts at most (the indicators with the most figures first).
    package var chartLimit = 8

    package init(scorecard: Scorecard, vietnamese: Bool) {
        self.scorecard = scorecard
        self.vietnamese = vietnamese
    }

    package func html(_ database: Database) throws -> String {
        var table = scorecard
        table.layout = .table
        let card = try table.run(database)
        let title = vietnamese ? "Chỉ số cải cách hành chính: \(card.areaName)" : "Reform indicators: \(card.areaName)"
        var page = HTMLPage(title: title, language: vietnamese ? "vi" : "en")
        page.heading(title, level: 1)
        let asOf = card.asOf.map { vietnamese ? "số liệu đến ngày \(ReportWords(vietnamese: true).date($0))" : "figures as of \($0)" }
            ?? (vietnamese ? "chưa có số liệu" : "no figures")
        page.paragraph("\(card.areaName) (\(card.areaID)) · \(asOf)", className: "meta")

        page.heading(vietnamese ? "Bảng chỉ số" : "Scorecard")
        let view = ChartTable(card.result)
        page.table(Self.peopleTable(view, vietnamese: vietnamese), numeric: ["value", "rank"]) { cell, _ in cell.plainText ?? "" }

        // Trend charts: indicators with two figures or more, most figures first.
        let codes = view.rows.compactMap { view.text($0, "indicator") }
        var counts: [(String, Int)] = []
        for code in Set(codes).sorted() {
            let figures = try ObservationReader.rows(database, indicator: code, area: card.areaID).filter { $0.agency.isEmpty }.count
            if figures >= 2 { counts.append((code, figures)) }
        }
        counts.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        if !counts.isEmpty {
            page.heading(vietnamese ? "Diễn biến" : "Trends")
            for (code, _) in counts.prefix(chartLimit) {
                let chart = try TrendChart(report: TrendReport(indicator: code, area: card.areaID)).chart(database)
                page.figure(svg: chart.svg())
            }
        }
        let sources = try SourceQuotes.entries(ids: view.rows.map { view.text($0, "source") }, area: card.areaID,
                                               indicators: Set(codes), in: database)
        SourceQuotes.section(sources, vietnamese: vietnamese, into: &page)
        page.paragraph(vietnamese ? "Tạo bởi chiso từ cơ sở dữ liệu; mỗi số liệu kèm câu trích từ báo cáo gốc."
                                  : "Made by chiso from the database; each figure with the sentence it was read from.", className: "meta")
        return page.document()
    }
}

extension ScorecardPage {
    /// The scorecard as people read it on a page: the indicator by name, the figure with what
    /// it is ("trên 60", "ước đạt"), its period, the target with its own period and result.
    static func peopleTable(_ view: ChartTable, vietnamese: Bool) -> ResultSet {
        let names = vietnamese
            ? ["chỉ tiêu", "cơ quan", "kỳ", "giá trị", "mục tiêu", "kết quả", "hạng", "nguồn"]
            : ["indicator", "agency", "period", "value", "target", "result", "rank", "source"]
        let keys = ["indicator", "agency", "period", "value", "target", "result", "rank", "source"]
        var result = ResultSet(columns: zip(names, keys).map { Column($0.0, $0.1 == "value" || $0.1 == "rank" ? .text : .text) })
        for row in view.rows {
            let qualifier = view.text(row, "qualifier").flatMap(Qualifier.init(rawValue:)).map { ReportText.qualifierVi($0) + " " } ?? ""
            let status = view.text(row, "status").flatMap(ReportText.statusVi).map { " (\($0))" } ?? ""
            let value = view.double(row, "value").map { qualifier + PageWords.number($0, vietnamese: vietnamese) + status } ?? ""
            let target = [view.text(row, "target"), view.text(row, "target_period").map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            let name = view.text(row, "name_vi") ?? view.text(row, "indicator") ?? ""
            result.rows.append([.text(name), .text(view.text(row, "agency")), .text(view.text(row, "period")), .text(value),
                                .text(target.isEmpty ? nil : target), .text(view.text(row, "result").map { PageWords.display(vietnamese: vietnamese).labels["result"]?[$0] ?? $0 }), .text(view.text(row, "rank")),
                                .text(view.text(row, "source"))])
        }
        // Column names are the header already.
        result.columns = names.map { Column($0) }
        return result
    }
}

/// `chiso rank … --format html`: the league table and its chart on one page, with sources.
package struct LeaguePage {
    package var report: RankReport
    package var vietnamese: Bool

    package init(report: RankReport, vietnamese: Bool) {
        self.report = report
        self.vietnamese = vietnamese
    }

    package func html(_ database: Database) throws -> String {
        var report = self.report
        report.words = ReportWords(vietnamese: vietnamese)
        let league = try report.league(database)
        let indicator = try IndicatorLookup.find(report.indicator, in: database)
        var page = HTMLPage(title: indicator.nameVi, language: vietnamese ? "vi" : "en")
        page.heading(indicator.nameVi, level: 1)
        page.paragraph(league.caption, className: "meta")
        if let warning = league.warning { page.paragraph(warning, className: "warning") }
        let chart = try RankChart(report: report).chart(database)
        page.figure(svg: chart.svg())
        page.heading(vietnamese ? "Bảng xếp hạng" : "League table")
        page.table(league.table, headers: PageWords.display(vietnamese: vietnamese).headers) { cell, column in
            PageWords.text(cell, column: column, vietnamese: vietnamese)
        }
        if let line = league.missingLine {
            page.paragraph(line.prefix(1).uppercased() + line.dropFirst())
        }
        let view = ChartTable(league.table)
        let shown = Set(view.rows.compactMap { view.text($0, "area_name") })
        let ids = try ObservationReader.rows(database, indicator: indicator.code)
            .filter { shown.contains($0.areaName) && (league.period == nil || $0.period == league.period) && $0.agency.isEmpty }
            .map(\.source)
        SourceQuotes.section(try SourceQuotes.entries(ids: ids, area: nil, indicators: [indicator.code], in: database),
                             vietnamese: vietnamese, into: &page)
        return page.document()
    }
}

/// Cell text of the HTML pages: Vietnamese headers, labels and numbers (`ReportText`'s
/// display) with `--lang vi` (or CHISO_LANG=vi), exact plain numbers otherwise.
enum PageWords {
    static func display(vietnamese: Bool) -> Display { vietnamese ? ReportText.vietnameseDisplay : Display() }

    static func number(_ value: Double, vietnamese: Bool) -> String {
        vietnamese ? Display.vietnamese(NumberText.plain(value)) : NumberText.plain(value)
    }

    static func text(_ cell: Cell, column: String, vietnamese: Bool) -> String {
        display(vietnamese: vietnamese).text(cell, column: column)
    }
}
