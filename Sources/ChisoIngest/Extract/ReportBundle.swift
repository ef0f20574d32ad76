import ChisoDomain
import ChisoFormats
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `chiso extract REPORT -o DIR`: everything a report holds as a folder `chiso import DIR`
/// reads in one transaction, in the layout of `chiso export all --format bundle`:
///
///     DIR/sources.csv        the report as a source: id, file, title (its first heading), area, period
///     DIR/sources/ID.txt     the report's text as read (NFC, a paragraph a line): every quote is in it
///     DIR/observations.csv   figures with an indicator
///     DIR/targets.csv        goals with an indicator ("phấn đấu", "chỉ tiêu")
///     DIR/rollouts.csv       Đề án 06 model rollouts (`RolloutMentions`)
///
/// Rows without an indicator are not written (they are for `--review`). Files stream into a
/// hidden folder beside DIR (`.DIR.chiso-XXXXXX`), renamed to DIR only when all are written: DIR
/// appears complete or not at all. An existing DIR must be empty, unless `force`, when the old
/// one is moved aside, the new one renamed in, and the old one removed. Interrupted (SIGINT,
/// SIGTERM, SIGHUP, SIGPIPE) while writing, it removes the hidden folder before exiting as the
/// signal would have; only a SIGKILL can leave it.
package final class ReportBundle {
    package struct Counts: Sendable, Equatable {
        package var observations = 0, targets = 0, rollouts = 0
        /// Rows left out because an earlier row of the file has their key (import refuses a
        /// file that repeats a key): the extractor's second guess for the same figure.
        package var repeated = 0
    }

    package let directory: String
    private let force: Bool
    private let source: String
    private let scratch: String
    private var files: [String: (output: BufferedOutput, sink: any RowSink, descriptor: Int32)] = [:]
    private let text: BufferedOutput
    private let textDescriptor: Int32
    /// The first heading-like paragraph among the first few (short, not a caption or a
    /// dateline, no full stop at its end): the source's title.
    private var title: String?
    /// Else the first paragraph that is not a caption, cut; else the first with letters.
    private var firstText: String?
    private var firstParagraph: String?
    private var paragraphsSeen = 0
    /// How many opening paragraphs a heading is looked for in.
    static let headingReach = 6
    private var committed = false
    private var interruptCleanup: InterruptCleanup?
    /// The keys written per file; bounded by the distinct figures of one report.
    private var keys: Set<String> = []
    package private(set) var counts = Counts()
    private let periodLabels = PeriodLabels()

    /// Checks DIR and opens the hidden folder the files stream into.
    package init(directory: String, force: Bool, source: String) throws {
        self.directory = directory
        self.force = force
        self.source = source
        try Self.checkTarget(directory, force: force)
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        var template = Array("\(parent)/.\(url.lastPathComponent).chiso-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw ExtractError(file: directory, message: "cannot create a folder in \(parent): \(String(cString: strerror(errno)))")
        }
        scratch = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do {
            try FileManager.default.createDirectory(atPath: scratch + "/sources", withIntermediateDirectories: false)
            (text, textDescriptor) = try Self.create(scratch + "/sources/\(source).txt", shownAs: directory)
            for (name, layout) in [("observations.csv", CSVLayout.observations), ("targets.csv", .targets), ("rollouts.csv", .rollouts)] {
                let (output, descriptor) = try Self.create(scratch + "/" + name, shownAs: directory)
                var sink = makeSink(.csv, options: RenderOptions(), to: output)
                try sink.begin(columns: layout.columns.map { Column($0) })
                files[name] = (output, sink, descriptor)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: scratch)
            throw error
        }
        let folder = scratch
        interruptCleanup = InterruptCleanup { try? FileManager.default.removeItem(atPath: folder) }
    }

    private func stopHandlingSignals() {
        interruptCleanup?.disarm()
        interruptCleanup = nil
    }

    deinit {
        // Buffers flushed (into the hidden folder) before their descriptors close, so no
        // output's own deinit writes to a descriptor number the process may have reused.
        for file in files.values {
            try? file.output.flush()
            _ = close(file.descriptor)
        }
        try? text.flush()
        _ = close(textDescriptor)
        if !committed { try? FileManager.default.removeItem(atPath: scratch) }
        stopHandlingSignals()
    }

    /// A paragraph of the report's text, in order: stored as the source's text.
    package func text(_ paragraph: String) throws {
        if title == nil, paragraphsSeen < Self.headingReach {
            let trimmed = paragraph.trimmingCharacters(in: .whitespaces)
            if trimmed.contains(where: { $0.isLetter }) {
                paragraphsSeen += 1
                if firstParagraph == nil { firstParagraph = Self.shortTitle(trimmed) }
                if !Self.isCaptionOrDateline(trimmed) {
                    if firstText == nil { firstText = Self.shortTitle(trimmed) }
                    if Self.isHeadingLike(trimmed) { title = trimmed }
                }
            }
        }
        try text.write(paragraph + "\n")
    }

    /// The rows of one paragraph: observations and targets with an indicator; rollouts the
    /// paragraph states, with the area and period the extractor gave its parts.
    /// `indicatorName` gives the catalogue's Vietnamese name for the readable column.
    package func write(_ rows: [ExtractedRow], paragraph: String, indicatorName: (String) -> String? = { _ in nil }) throws {
        let label = { (period: String?) in period.flatMap { try? Period.parse($0).labelVi } }
        let rollouts = RolloutMentions.find(in: paragraph)
        var absorbed = Set<Int>()
        for rollout in rollouts {
            let parts = rows.indices.filter { rows[$0].indicator?.hasPrefix("de_an_06_models_") == true }
            guard let anchor = (parts.first.map { rows[$0] } ?? rows.first(where: { $0.area != nil && $0.period != nil })),
                  let area = anchor.area, let period = anchor.period else { continue }
            guard keys.insert("rollout\u{1F}\(area)\u{1F}\(period)").inserted else {
                counts.repeated += 1
                continue
            }
            // The parts' own rows are the rollout now, when they say the same numbers.
            let values: [String: Int] = ["de_an_06_models_completed": rollout.completed,
                                         "de_an_06_models_in_progress": rollout.inProgress,
                                         "de_an_06_models_not_started": rollout.notStarted]
            for i in parts where rows[i].area == area && rows[i].period == period && values[rows[i].indicator!].map(Double.init) == rows[i].value {
                absorbed.insert(i)
            }
            try append("rollouts.csv", CSVLayout.rollouts.row([
                "programme": .text("de_an_06"), "area": .text(area), "area_name": .text(anchor.areaName), "period": .text(period),
                "total": .integer(rollout.total), "completed": .integer(rollout.completed),
                "in_progress": .integer(rollout.inProgress), "not_started": .integer(rollout.notStarted),
                "source": .text(source), "quote": .text(rollout.quote), "note": .text(rollout.note),
                "period_label_vi": .text(label(period)),
            ]))
            counts.rollouts += 1
        }
        for (i, row) in rows.enumerated() where !absorbed.contains(i) && row.indicator != nil {
            let b = row.breakdown
            let key = [row.kind.rawValue, row.indicator, row.area, row.agency, row.period, b.level, b.channel, b.dossierStatus]
                .map { $0 ?? "" }.joined(separator: "\u{1F}")
            guard keys.insert(key).inserted else {
                counts.repeated += 1
                continue
            }
            switch row.kind {
            case .observation:
                try append("observations.csv", row.cells(review: false, indicatorName: indicatorName, periodLabel: periodLabels.label))
                counts.observations += 1
            case .target:
                try append("targets.csv", CSVLayout.targets.row([
                    "indicator": .text(row.indicator), "area": .text(row.area), "area_name": .text(row.areaName),
                    "agency": .text(row.agency), "period": .text(row.period), "comparator": .text(row.comparator ?? ">="),
                    "value": .real(row.value), "value_high": .real(row.valueHigh), "source": .text(source),
                    "quote": .text(row.quote), "note": .text(row.note),
                    "indicator_name_vi": .text(row.indicator.flatMap(indicatorName)), "period_label_vi": .text(label(row.period)),
                ]))
                counts.targets += 1
            }
        }
    }

    /// Writes sources.csv, closes every file and renames the folder to DIR.
    package func commit(area: String?, period: String?, name: String) throws {
        for (name, file) in files {
            var sink = file.sink
            try sink.finish()
            try file.output.flush()
            files[name] = (file.output, sink, file.descriptor)
        }
        try text.flush()
        let (output, descriptor) = try Self.create(scratch + "/sources.csv", shownAs: directory)
        defer { _ = close(descriptor) }
        var sink = makeSink(.csv, options: RenderOptions(), to: output)
        try sink.begin(columns: CSVLayout.sources.columns.map { Column($0) })
        try sink.write(CSVLayout.sources.row([
            "id": .text(source), "file": .text("sources/\(source).txt"), "title": .text(title ?? firstText ?? firstParagraph ?? name),
            "publisher": .null, "url": .null, "published_on": .null, "area": .text(area), "period": .text(period),
        ]))
        try sink.finish()
        try output.flush()
        for descriptor in files.values.map(\.descriptor) + [textDescriptor, descriptor] {
            guard fsync(descriptor) == 0 else {
                throw ExtractError(file: directory, message: "cannot write the bundle: \(String(cString: strerror(errno)))")
            }
        }
        try Self.checkTarget(directory, force: force)
        let fm = FileManager.default
        var aside: String?
        if fm.fileExists(atPath: directory) {
            // Empty (checked): rename(2) replaces an empty folder. With --force, the old one aside.
            if force, let entries = try? fm.contentsOfDirectory(atPath: directory), !entries.isEmpty {
                aside = scratch + ".old"
                guard rename(directory, aside!) == 0 else {
                    throw ExtractError(file: directory, message: "cannot replace the folder: \(String(cString: strerror(errno)))")
                }
            }
        }
        guard rename(scratch, directory) == 0 else {
            let reason = String(cString: strerror(errno))
            if let aside { _ = rename(aside, directory) }
            throw ExtractError(file: directory, message: "cannot write the bundle: \(reason)")
        }
        committed = true
        stopHandlingSignals()
        if let aside { try? fm.removeItem(atPath: aside) }
    }

    // MARK: -

    /// DIR may be new, or an empty folder, or anything with `force` but a file.
    package static func checkTarget(_ directory: String, force: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw ExtractError(file: directory, message: "is a file; -o takes a folder for the bundle (new or empty)")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        if !entries.isEmpty, !force {
            throw ExtractError(file: directory, message: "the folder is not empty (\(entries.count) entr\(entries.count == 1 ? "y" : "ies")); give a new or empty folder, or --force to replace it")
        }
    }

    /// A source id from a report's file name: "Báo cáo DTI 2024.pdf" → bao-cao-dti-2024.
    package static func sourceID(forFile file: String) -> String? {
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var id = ""
        for character in VietnameseText.fold(stem).lowercased() {
            if character.isASCII, character.isLetter || character.isNumber || character == "_" || character == "." {
                id.append(character)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.last == "-" || id.last == "." { id.removeLast() }
        return id.isEmpty ? nil : id
    }

    private func append(_ name: String, _ cells: [Cell]) throws {
        guard var file = files[name] else { preconditionFailure("no bundle file \(name)") }
        try file.sink.write(cells)
        files[name] = file
    }

    private static func create(_ path: String, shownAs name: String) throws -> (BufferedOutput, Int32) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw ExtractError(file: name, message: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        return (BufferedOutput(descriptor: descriptor, name: path), descriptor)
    }

    /// A photo caption ("Ảnh: …", "Ảnh minh họa", a line ending "… (Ảnh: TTXVN)", "Nguồn: …")
    /// or a dateline ("Thứ Hai, 07/04/2025 08:30", "Cập nhật: 10:15 06/04/2025"): what a saved
    /// page or a pasted article often opens with, never its title.
    package static func isCaptionOrDateline(_ paragraph: String) -> Bool {
        let folded = VietnameseText.fold(paragraph).lowercased()
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "\t" })
        for opener in ["anh:", "anh :", "(anh", "anh minh hoa", "nguon:", "nguon :", "video:", "clip:", "photo:"]
            where folded.hasPrefix(opener) { return true }
        // "Toàn cảnh hội nghị.", "Quang cảnh buổi làm việc": the scene of a photo.
        if words.count <= 10, folded.hasPrefix("toan canh") || folded.hasPrefix("quang canh") || folded.hasPrefix("canh ") {
            return true
        }
        // A short line that ends as a sentence does is a caption, not a heading.
        if words.count <= 8, folded.hasSuffix("."), !folded.hasSuffix("..") { return true }
        // "… công bố báo cáo. Ảnh: VGP", "(Ảnh: TTXVN phát)": a credit in the last words.
        if folded.count <= 300, let credit = folded.range(of: "anh:", options: .backwards),
           folded.distance(from: credit.upperBound, to: folded.endIndex) <= 40,
           credit.lowerBound == folded.startIndex || " (.".contains(folded[folded.index(before: credit.lowerBound)]) {
            return true
        }
        // A short line of nothing but dates, times and the words around them.
        func isDateOrTime(_ w: Substring) -> Bool {
            let parts = w.split(whereSeparator: { "/:-.".contains($0) })
            return parts.count >= 2 && parts.allSatisfy { $0.allSatisfy(\.isNumber) } && w.contains(where: { "/:".contains($0) })
        }
        let datelineWords: Set<Substring> = ["thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "cap", "ngay", "luc",
                                             "dang", "gio", "gmt+7", "(gmt+7)", "-", "|", ","]
        if words.count <= 10, words.contains(where: isDateOrTime) {
            return words.allSatisfy { w in
                let bare = w.trimmingCharacters(in: CharacterSet(charactersIn: ",:|"))
                return bare.isEmpty || isDateOrTime(w) || isDateOrTime(Substring(bare)) || datelineWords.contains(Substring(bare))
                    || (bare.allSatisfy(\.isNumber) && bare.count <= 4)
            }
        }
        return false
    }

    /// A heading: at most 40 words, not ending in a full stop.
    static func isHeadingLike(_ paragraph: String) -> Bool {
        paragraph.split(separator: " ").count <= 40 && !paragraph.hasSuffix(".")
    }

    /// The report's first paragraph as a title: at most 200 characters, cut at a space.
    private static func shortTitle(_ text: String) -> String {
        guard text.count > 200 else { return text }
        let cut = text.prefix(200)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }
}

@available(*, unavailable, message: "a bundle being written owns its open files")
extension ReportBundle: Sendable {}
