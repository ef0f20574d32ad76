import ArgumentParser
import ChisoDomain
import ChisoFormats
import ChisoIngest
import ChisoQuery
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose the figures of a report as rows to review and import.",
        discussion: """
            Reads a Vietnamese report — UTF-8 text (NFC or NFD, with or without BOM; UTF-16 with a BOM), a saved web page (its article text), a .docx, or a PDF with a text layer (through poppler's pdftotext), told by content, not by name — and prints one candidate row per figure in exactly the observations import layout; each note ends with the row's confidence (0-1) and the figure as written, ready for `chiso import`. Goals ("phấn đấu", "chỉ tiêu") and figures whose indicator could not be guessed are left out unless --review, which also adds the columns kind, confidence and raw for sorting in a spreadsheet (drop them before importing). Uses the areas and indicators of --db when that file exists, else the built-in reference data.

            With -o DIR it writes instead a bundle folder (sources.csv with the report's text as sources/ID.txt, observations.csv, targets.csv, rollouts.csv; rows without an indicator left out) that `chiso import DIR` reads in one transaction. The source id is --source, else made from the file name ("Báo cáo DTI 2024.pdf" → bao-cao-dti-2024). DIR must be new or empty unless --force; it appears complete or not at all.

            Examples:
              chiso extract Seeds/sources/000_0bd6600ae98c564a.txt > draft.csv
              chiso extract report.pdf -o draft/ && chiso import draft/   # everything, in one step
              chiso extract report.txt --source tuyenquang-2023-9m --area "Tuyên Quang"
              cat report.txt | chiso extract - --period 2023-09-30 --format table
              chiso extract report.txt --review > review.csv   # with targets and review columns
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl, table
    }

    @Argument(help: ArgumentHelp("The report: text, a saved web page, .docx or .pdf (told by content), or - for standard input.", valueName: "file"))
    var file: String

    @Option(help: "The area of figures whose sentence names none (a name or a code such as 08 or VN).")
    var area: String?

    @Option(help: "The period of undated figures and the date 'đến nay' means (a code or a Vietnamese phrase).")
    var period: String?

    @Option(help: "The source id to write in every row (its area is the default area when --db has it).")
    var source: String?

    @Option(name: .shortAndLong, help: "Output format: csv, jsonl or table.")
    var format: Format = .csv

    @Flag(help: "Add the columns kind, confidence and raw, and include targets (for review, not import).")
    var review = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write a bundle folder for `chiso import DIR`: the source, observations, targets and rollouts.", valueName: "dir"))
    var output: String?

    @Flag(help: "With -o: replace a folder that is not empty.")
    var force = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let source, source.isEmpty || source.contains(where: { !($0.isLetter || $0.isNumber || "_.-".contains($0)) }) {
            throw ValidationError("--source '\(source)' is not a source id (letters, digits, '_', '.', '-')")
        }
        if force, output == nil { throw ValidationError("--force applies to -o DIR") }
        if let output {
            if output.isEmpty || output == "-" { throw ValidationError("-o takes a folder for the bundle, not standard output") }
            if review { throw ValidationError("-o writes what imports; --review rows are for a person: leave out one of them") }
            if format != .csv { throw ValidationError("-o writes a bundle of CSV files; leave out --format") }
            if source == nil, file == "-" { throw ValidationError("with standard input and -o, give the source id: --source ID") }
            if source == nil, ReportBundle.sourceID(forFile: file) == nil {
                throw ValidationError("no source id can be made from the name '\(file)'; give --source ID")
            }
        }
    }

    func run() throws {
        let input = try ReportInput(file: file)
        let name = input.name
        // Two readings of the text, one paragraph at a time: the first checks it and gathers
        // the report-wide context (its year, writing date, province); the second extracts and
        // prints as it goes.
        // Progress on a terminal when the rows go elsewhere (a file, a pipe, a bundle); rows
        // printed to the terminal are their own progress.
        let line = TerminalProgress(enabled: isatty(STDERR_FILENO) == 1 && (isatty(STDOUT_FILENO) == 0 || output != nil))
        var survey = ReportSurvey()
        // Each reading prepares paragraphs (decoding, folding, tokens, time phrases, figures)
        // on a second thread while this one applies the rules, in order (`ParagraphPipeline`).
        let first = ParagraphPipeline(surveying: try input.reader())
        var paragraphs = 0
        line.show("extract: reading \(name)", always: true)
        while let paragraph = try first.next() {
            ReportExtractor.survey(paragraph, into: &survey)
            paragraphs += 1
            line.show("extract: reading \(name): \(paragraphs) paragraphs")
        }
        try first.finish()

        let reference = try ExtractReference.load(databasePath: database.path)
        let givenPeriod = try period.map { try Period.parse($0) }
        let areaText = area ?? source.flatMap { reference.sources[$0]?.area }
        let defaultArea = try areaText.map { try reference.areas.resolve($0, on: givenPeriod?.end) }
        let extractor = ReportExtractor(areas: reference.areas, indicators: reference.indicators, units: reference.units)
        var reading = ReportExtractor.Reading(extractor, survey: survey,
                                              options: .init(defaultArea: defaultArea, defaultPeriod: givenPeriod, source: source))
        if let output {
            let id = source ?? ReportBundle.sourceID(forFile: file)!
            let bundle = try ReportBundle(directory: output, force: force, source: id)
            var reading = ReportExtractor.Reading(extractor, survey: survey,
                                                  options: .init(defaultArea: defaultArea, defaultPeriod: givenPeriod, source: id))
            let second = ParagraphPipeline(reader: try input.reader(), for: reading)
            var done = 0, targets = 0, unknown = 0
            while let prepared = try second.next() {
                done += 1
                line.show("extract: \(done) of \(paragraphs) paragraphs, \(bundle.counts.observations) rows", always: done == paragraphs)
                let rows = reading.extract(prepared)
                targets += rows.filter { $0.kind == .target && $0.indicator == nil }.count
                unknown += rows.filter { $0.kind == .observation && $0.indicator == nil }.count
                let paragraph = prepared.paragraph
                try bundle.text(paragraph)
                try bundle.write(rows, paragraph: paragraph, indicatorName: { reference.indicatorNames[$0] })
            }
            try bundle.commit(area: defaultArea?.code, period: givenPeriod?.code, name: (file as NSString).lastPathComponent)
            line.clear()
            if reference.sources[id] != nil {
                note("note: source \(id) is already registered in \(database.path); importing \(output) updates it to this report and its text")
            }
            let c = bundle.counts
            note("wrote \(output): source \(id) (\(input.kind.rawValue), \(paragraphs) paragraphs), \(c.observations) observations, \(c.targets) targets, \(c.rollouts) rollouts; left out \(unknown) figures and \(targets) targets without an indicator\(c.repeated > 0 ? " and \(c.repeated) repeating an earlier row's key" : "") (--review shows them); import with `chiso import \(output)`")
            return
        }
        let output: OutputFormat = switch format {
        case .csv: .csv
        case .jsonl: .jsonl
        case .table: .table
        }
        var options = RenderOptions()
        options.maxCellWidth = 60
        let out = BufferedOutput.standardOutput()
        var sink = makeSink(output, options: options, to: out)
        try sink.begin(columns: ExtractedRow.columns(review: review))
        var written = 0, targets = 0, unknown = 0
        // A registered source: every quote must occur in its text, as `import` will require.
        let sourceBody = source.flatMap { reference.sources[$0]?.body }.map(VietnameseText.nfc)
        var missingQuotes: [String] = []
        let periodLabels = PeriodLabels()
        let second = ParagraphPipeline(reader: try input.reader(), for: reading)
        var done = 0
        while let prepared = try second.next() {
            done += 1
            line.show("extract: \(done) of \(paragraphs) paragraphs, \(written) rows", always: done == paragraphs)
            for row in reading.extract(prepared) {
                if row.kind == .target { targets += 1 }
                if row.kind == .observation, row.indicator == nil { unknown += 1 }
                // The default output is ready for `chiso import`: targets and figures whose
                // indicator could not be guessed go to --review, where a person decides.
                guard review || (row.kind == .observation && row.indicator != nil) else { continue }
                try sink.write(row.cells(review: review, indicatorName: { reference.indicatorNames[$0] }, periodLabel: periodLabels.label))
                if let sourceBody, !row.quote.isEmpty, !sourceBody.contains(VietnameseText.nfc(row.quote)) {
                    missingQuotes.append(row.quote)
                }
                written += 1
            }
        }
        try sink.finish()
        try out.flush()
        line.clear()
        if second.cutLineCount > 0 {
            let lines = second.cutLines.map(String.init).joined(separator: ", ") + (second.cutLineCount > second.cutLines.count ? ", …" : "")
            note("\(name): \(second.cutLineCount) line\(second.cutLineCount == 1 ? "" : "s") (\(lines)) longer than \(ReportReader.paragraphLimit / 1024) KB read in pieces cut at sentence ends; a figure's paragraph context stops at a cut")
        }
        if let source {
            if sourceBody == nil {
                note(reference.sources[source] == nil
                    ? "source \(source) is not registered in \(database.path); register it with `chiso add source \(file == "-" ? "FILE" : file) --id \(source)` before importing these rows"
                    : "source \(source) has no stored text; its quotes cannot be checked")
            } else if missingQuotes.isEmpty {
                note("every quote occurs in the text of source \(source)")
            } else {
                for quote in missingQuotes.prefix(10) { note("warning: quote \"\(quote.prefix(80))\" does not occur in the text of source \(source)") }
                note("warning: \(missingQuotes.count) quote\(missingQuotes.count == 1 ? "" : "s") not in the text of source \(source): is \(file == "-" ? "this input" : file) the registered report?")
            }
        }
        let leftOut = review ? "\(targets) targets, \(unknown) without an indicator"
            : "\(targets) targets and \(unknown) figures without an indicator left out; --review shows them"
        note("\(written) candidate figures (\(leftOut)) from \(file == "-" ? "standard input" : file); reference data: \(reference.origin)")
    }
}
