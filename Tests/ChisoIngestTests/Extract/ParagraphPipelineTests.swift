import ChisoDomain
import ChisoIngest
import Foundation
import Testing

/// `chiso extract` prepares paragraphs (decoding, folding, tokens, time phrases, figures) on a
/// second thread: the rows must be the ones the in-line reading gives, in the same order, and
/// a reading error must come out where it happened.
@Suite struct ParagraphPipelineTests {
    static let paragraphs = [
        "Báo cáo tình hình tỉnh Tuyên Quang 9 tháng đầu năm 2023, tính đến ngày 30/9/2023.",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 42,06%. Toàn tỉnh có 1.824 TTHC, trong đó cấp tỉnh 1.476 TTHC.",
        "",
        "Chỉ số PAR INDEX năm 2022 của tỉnh xếp thứ 15/63, tăng 3 bậc so với năm 2021.",
        "Bộ Tư pháp đạt 84,97% về số hóa kết quả giải quyết thủ tục hành chính (TTHC).",
    ]

    func write(_ text: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("report-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The rows of `path` read as `chiso extract` reads it (both readings through pipelines).
    func pipelineRows(_ path: String, extractor: ReportExtractor) throws -> [ExtractedRow] {
        var survey = ReportSurvey()
        let first = ParagraphPipeline(surveying: try ReportReader(path: path, name: "report.txt"))
        while let p = try first.next() { ReportExtractor.survey(p, into: &survey) }
        try first.finish()
        var reading = ReportExtractor.Reading(extractor, survey: survey, options: .init())
        let second = ParagraphPipeline(reader: try ReportReader(path: path, name: "report.txt"), for: reading)
        var rows: [ExtractedRow] = []
        while let p = try second.next() { rows += reading.extract(p) }
        return rows
    }

    @Test func rowsThroughThePipelineAreTheInLineReadingsInOrder() throws {
        let ref = try #require(ExtractHarness.reference)
        let extractor = ReportExtractor(areas: ref.areas, indicators: ref.indicators, units: ref.units)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Enough paragraphs that the queue (bounded by 64 KB of text) fills and drains many times.
        let many = (0..<4_000).map { Self.paragraphs[$0 % Self.paragraphs.count] }
        let text = many.joined(separator: "\n")
        let rows = try pipelineRows(try write(text, in: dir), extractor: extractor)
        let inLine = extractor.extract(text)
        #expect(rows.count == inLine.count)
        #expect(rows.count > 3_000)
        #expect(rows == inLine)
    }

    /// The caller's thread prepares the paragraphs the reading thread has not taken instead of
    /// waiting, so both cores prepare, and the rows stay the in-line ones.
    @Test func bothThreadsPrepareParagraphs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = 4_000
        let text = (0..<count).map { Self.paragraphs[$0 % Self.paragraphs.count] }.joined(separator: "\n")
        let pipeline = ParagraphPipeline(surveying: try ReportReader(path: try write(text, in: dir), name: "report.txt"))
        var read: [String] = []
        while let p = try pipeline.next() { read.append(p.paragraph) }
        try pipeline.finish()
        #expect(read == text.components(separatedBy: "\n"))
        #expect(pipeline.preparedByCaller > 0, "the caller's thread prepared no paragraph")
        #expect(pipeline.preparedByCaller < count, "the reading thread prepared no paragraph")
    }

    @Test func aBinaryByteStopsThePipelineWhereItIsWithTheReadersError() throws {
        let ref = try #require(ExtractHarness.reference)
        let extractor = ReportExtractor(areas: ref.areas, indicators: ref.indicators, units: ref.units)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(Self.paragraphs.joined(separator: "\n") + "\nTỷ lệ đạt 5%\u{0}.\n" + Self.paragraphs[1], in: dir)
        var inLineError: ExtractError?
        var inLineRead = 0
        do {
            let reader = try ReportReader(path: path, name: "report.txt")
            while try reader.next() != nil { inLineRead += 1 }
        } catch {
            inLineError = error
        }
        let expected = try #require(inLineError)
        let pipeline = ParagraphPipeline(surveying: try ReportReader(path: path, name: "report.txt"))
        var read = 0
        do {
            while try pipeline.next() != nil { read += 1 }
            Issue.record("the pipeline read the binary byte as text")
        } catch {
            #expect(error.description == expected.description)
            #expect(read == inLineRead)
            #expect(read >= Self.paragraphs.count - 1)
        }
    }

    /// A caller that stops early (an error while writing the rows) drops the pipeline: the
    /// reading thread, waiting for room in its full queue, must let go of it and end, not hold
    /// the file and a thread for the rest of the process.
    @Test func aPipelineDroppedBeforeTheEndIsFreedAndItsThreadStops() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Far more than the queue holds, so the reading thread is blocked when the caller stops.
        let text = (0..<4_000).map { Self.paragraphs[$0 % Self.paragraphs.count] }.joined(separator: "\n")
        let path = try write(text, in: dir)
        weak var dropped: ParagraphPipeline?
        do {
            let pipeline = ParagraphPipeline(surveying: try ReportReader(path: path, name: "report.txt"))
            dropped = pipeline
            #expect(try pipeline.next() != nil)
            Thread.sleep(forTimeInterval: 0.2)  // let the reading thread fill the queue
        }
        #expect(dropped == nil)
    }
}
