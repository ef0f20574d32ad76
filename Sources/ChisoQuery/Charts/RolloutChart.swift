import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso chart rollout`: a programme's rollout (Đề án 06 models) as progress bars, one per
/// area: completed out of the total ("16/38 mô hình"), with the period of each figure.
package struct RolloutChart {
    package var report: RolloutReport

    package init(report: RolloutReport) { self.report = report }

    package func chart(_ database: Database) throws -> BarChart {
        var data = report
        data.layout = .data
        let table = ChartTable(try data.run(database))
        var bars: [BarChart.Bar] = []
        for row in table.rows {
            guard let total = table.double(row, "total"), let completed = table.double(row, "completed") else { continue }
            let name = table.text(row, "area_name") ?? table.text(row, "area") ?? ""
            var notes = [table.text(row, "period")].compactMap { $0 }
            if let going = table.double(row, "in_progress"), going > 0 { notes.append("đang triển khai \(ChartNumber.text(going))") }
            bars.append(.init(label: name, extent: total > 0 ? completed / total : 0,
                              text: "\(ChartNumber.text(completed))/\(ChartNumber.text(total))", note: notes.joined(separator: " · ")))
        }
        let programme = report.programme == "de_an_06" ? "Đề án 06" : report.programme
        let frame = ChartFrame(title: "Triển khai \(programme): mô hình hoàn thành",
                               subtitle: "Số mô hình hoàn thành trên tổng số; thanh đầy = hoàn thành tất cả",
                               footnotes: [try ChartSources.footnote(table.rows.map { table.text($0, "source") }, in: database)])
        return BarChart(frame: frame, groups: [.init(bars: bars, scaleNote: "thang 0–100% số mô hình")])
    }
}
