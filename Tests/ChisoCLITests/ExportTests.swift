import ChisoDomain
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// A database built with the typed tables: figures copied from the seeds (Tuyên Quang,
/// Nghệ An) and, with `tricky`, rows whose text spreadsheets love to mangle.
enum ExportFixture {
    static let tuyenQuang = "tuyenquang-2023-9m"
    static let ngheAn = "nghean-2024-10m"
    /// "Tuyên Quang" with its vowels decomposed (NFD), as some Mac tools write it.
    static let nfdName = "Tuye\u{0302}n Quang"
    static let longVietnamese = String(repeating: "Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến đạt 42,06%; ", count: 40) + "hết."
    /// Agencies (free text) that a spreadsheet would read as numbers, dates or formulas.
    static let trickyTexts = ["01", "046", "3/12", "1/34", "2023-09", "=1+1", "+84", "-3", "@SUM(A1)", "2023-09-30",
                              "1.5", "Sở LĐTB&XH", nfdName, "quote \"inside\", comma", "two\nlines", longVietnamese]

    /// The sources' text: every quote of the fixture, so `chiso import` finds each in it.
    static let body = [
        "tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến của các DVC trực tuyến đạt 42,06%",
        "tính riêng tháng 9/2023, toàn tỉnh tiếp nhận 13.322/16.942, đạt 78,63%",
        "đứng thứ 56/63 địa phương (tăng 3 bậc so với 6 tháng đầu năm 2023)",
        "có 1.824 TTHC",
        "10 tháng đầu năm 2024, tỉnh Nghệ An xếp thứ 38/63, tăng 05 bậc so với năm 2023",
        "Chỉ số CCHC của tỉnh đạt từ 86% trở lên",
        "chưa đạt tỷ lệ 70% theo yêu cầu",
        "đã hoàn thành 16/38 mô hình; 21/38 còn lại đang triển khai thực hiện và 01 mô hình chưa triển khai thực hiện",
    ].joined(separator: "\n")

    static func make(_ path: String, tricky: Bool = false) throws {
        let db = try TestDatabase(path: path)
        try db.write {
            try db.periods(["2023-09-30", "2023-09", "2023-01/2023-09", "2023-H1", "2024-10-31", "2024", "2024-01/2024-10",
                            "2023", "2025", "2016/2020"])
            for (id, title, area, period) in [
                (tuyenQuang, "Hội nghị giao ban triển khai Đề án 06 và Quyết định 766 tỉnh Tuyên Quang 9 tháng đầu năm 2023", "p63-08", "2023-01/2023-09"),
                (ngheAn, "Nghệ An đánh giá kết quả thực hiện Đề án 06/CP năm 2024", "p63-40", "2024-01/2024-10"),
            ] {
                try db.source(SourceRecord(id: id, title: title, publishedOn: id == ngheAn ? "2024-11-05" : nil,
                                                       area: area, period: period, body: body))
            }
            try db.add(ObservationRecord(
                indicator: "online_dossier_rate", area: "p63-08", period: "2023-09-30", value: 42.06,
                baselinePeriod: "2023-H1", change: 18.2, source: tuyenQuang,
                quote: "tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến của các DVC trực tuyến đạt 42,06%"))
            try db.add(ObservationRecord(
                indicator: "online_dossier_rate", area: "p63-08", period: "2023-09", value: 78.63, numerator: 13322,
                denominator: 16942, source: tuyenQuang,
                quote: "tính riêng tháng 9/2023, toàn tỉnh tiếp nhận 13.322/16.942, đạt 78,63%"))
            try db.add(ObservationRecord(
                indicator: "qd766_rank", area: "p63-08", period: "2023-01/2023-09", value: 56, numerator: 56,
                denominator: 63, baselinePeriod: "2023-H1", change: 3, source: tuyenQuang,
                quote: "đứng thứ 56/63 địa phương (tăng 3 bậc so với 6 tháng đầu năm 2023)"))
            try db.add(ObservationRecord(
                indicator: "tthc_published_total", area: "p63-08", period: "2023-09-30", value: 1824, source: tuyenQuang,
                quote: "có 1.824 TTHC", note: "1476 + 218 + 130 = 1824"))
            try db.add(ObservationRecord(
                indicator: "qd766_rank", area: "p63-40", period: "2024-01/2024-10", value: 38, numerator: 38,
                denominator: 63, baselinePeriod: "2023", change: 5, source: ngheAn,
                quote: "10 tháng đầu năm 2024, tỉnh Nghệ An xếp thứ 38/63, tăng 05 bậc so với năm 2023"))
            try db.add(ObservationRecord(
                indicator: "online_dossier_rate", area: "VN", period: "2023", value: 0.1 + 0.2, qualifier: .about,
                status: .estimated, note: "a country row with a binary-noisy value"))  // exported exactly: machine formats never round
            if tricky {
                for (index, text) in trickyTexts.enumerated() {
                    // A change (ratio), not a count: counts are whole since Schema/008, and these
                    // values keep a decimal part to round-trip.
                    try db.add(ObservationRecord(
                        indicator: "digitised_dossier_rate_change", area: index % 2 == 0 ? "p63-01" : "p63-46", agency: text,
                        period: "2023", value: Double(index * 1000) + 0.25, numerator: nil, denominator: nil,
                        note: text))
                }
            }
            try db.target(TargetRecord(
                indicator: "par_index_score", area: "p63-08", period: "2025", comparator: .atLeast, value: 86,
                source: "tuyenquang-2023-9m", quote: "Chỉ số CCHC của tỉnh đạt từ 86% trở lên"))
            try db.target(TargetRecord(
                indicator: "online_dossier_rate", area: "p63-40", period: "2024", comparator: .equal, value: 70,
                source: ngheAn, quote: "chưa đạt tỷ lệ 70% theo yêu cầu"))
            try db.rollout(RolloutRecord(
                area: "p63-40", period: "2024-10-31", total: 38, completed: 16, inProgress: 21, notStarted: 1, source: ngheAn,
                quote: "đã hoàn thành 16/38 mô hình; 21/38 còn lại đang triển khai thực hiện và 01 mô hình chưa triển khai thực hiện"))
        }
    }
}

@Suite struct ExportTests {
    let dir = TemporaryDirectory("export")
    var db: String { dir.path("chiso.db") }

    init() throws {
        try ExportFixture.make(dir.path("chiso.db"))
    }

    static let header = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note,level,channel,dossier_status,indicator_name_vi,period_label_vi"

    @Test func writesObservationsInTheSeedLayout() throws {
        let result = try Chiso.run(["export", "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines == [
            Self.header,
            "online_dossier_rate,08,Tuyên Quang,,2023-09-30,42.06,,,,reported,2023-H1,18.2,tuyenquang-2023-9m,\"tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến của các DVC trực tuyến đạt 42,06%\",,,,,Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến,Ngày 30/9/2023",
            "online_dossier_rate,08,Tuyên Quang,,2023-09,78.63,13322,16942,,reported,,,tuyenquang-2023-9m,\"tính riêng tháng 9/2023, toàn tỉnh tiếp nhận 13.322/16.942, đạt 78,63%\",,,,,Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến,Tháng 9/2023",
            "qd766_rank,08,Tuyên Quang,,2023-01/2023-09,56,56,63,,reported,2023-H1,3,tuyenquang-2023-9m,đứng thứ 56/63 địa phương (tăng 3 bậc so với 6 tháng đầu năm 2023),,,,,\"Xếp hạng Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)\",9 tháng đầu năm 2023",
            "tthc_published_total,08,Tuyên Quang,,2023-09-30,1824,,,,reported,,,tuyenquang-2023-9m,có 1.824 TTHC,1476 + 218 + 130 = 1824,,,,Số thủ tục hành chính được công bố,Ngày 30/9/2023",
            "qd766_rank,40,Nghệ An,,2024-01/2024-10,38,38,63,,reported,2023,5,nghean-2024-10m,\"10 tháng đầu năm 2024, tỉnh Nghệ An xếp thứ 38/63, tăng 05 bậc so với năm 2023\",,,,,\"Xếp hạng Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)\",10 tháng đầu năm 2024",
            "online_dossier_rate,VN,Việt Nam,,2023,0.30000000000000004,,,about,estimated,,,,,a country row with a binary-noisy value,,,,Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến,Năm 2023",
        ])
        #expect(result.stderr == "")
    }

    @Test func matchesTheSeedFileHeaderExactly() throws {
        let seeds = try String(contentsOf: PackagePaths.seeds.appendingPathComponent("observations.csv"), encoding: .utf8)
        #expect(seeds.split(separator: "\n").first.map(String.init) == Self.header)
        let targets = try String(contentsOf: PackagePaths.seeds.appendingPathComponent("targets.csv"), encoding: .utf8)
        let rollouts = try String(contentsOf: PackagePaths.seeds.appendingPathComponent("rollouts.csv"), encoding: .utf8)
        #expect(try Chiso.run(["export", "targets", "--db", db]).lines.first == targets.split(separator: "\n").first.map(String.init))
        #expect(try Chiso.run(["export", "rollouts", "--db", db]).lines.first == rollouts.split(separator: "\n").first.map(String.init))
    }

    @Test(arguments: ["observations", "targets", "rollouts"])
    func exportOfTheLoadedSeedsIsTheSeedFileByteForByte(table: String) throws {
        let seeded = dir.path("seeds.db")
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", seeded])
        #expect(load.exitCode == 0, "\(load.stderr)")
        let result = try Chiso.run(["export", table, "--db", seeded])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let seeds = try Data(contentsOf: PackagePaths.seeds.appendingPathComponent("\(table).csv"))
        #expect(result.stdout == String(decoding: seeds, as: UTF8.self))
    }

    /// The seeds loaded without their observations: sources and targets for an import to cite.
    private func seedsWithoutObservations() throws -> String {
        let seeds = dir.url.appendingPathComponent("seeds-copy")
        try FileManager.default.copyItem(at: PackagePaths.seeds, to: seeds)
        let observations = seeds.appendingPathComponent("observations.csv")
        try (Self.header + "\n").write(to: observations, atomically: true, encoding: .utf8)
        let fresh = dir.path("fresh.db")
        #expect(try Chiso.run(["load", seeds.path, "--db", fresh]).exitCode == 0)
        return fresh
    }

    @Test(arguments: [["--format", "csv"], ["--format", "jsonl"], ["--excel"]])
    func exportImportExportIsIdenticalOnTheSeeds(options: [String]) throws {
        let seeded = dir.path("seeds.db")
        #expect(try Chiso.run(["load", PackagePaths.seeds.path, "--db", seeded]).exitCode == 0)
        let file = dir.path(options.contains("jsonl") ? "out.jsonl" : "out.csv")
        #expect(try Chiso.run(["export", "--db", seeded, "-o", file] + options).exitCode == 0)
        let fresh = try seedsWithoutObservations()
        let imported = try Chiso.run(["import", file, "--db", fresh, "--quiet"])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(try Chiso.run(["export", "--db", fresh]).stdout == (try Chiso.run(["export", "--db", seeded])).stdout)
    }

    /// `indicator_name_vi` and `period_label_vi` are for readers: import reads past them, so a
    /// name a person retyped, a label in another wording or an empty cell changes nothing, and
    /// the codes decide.
    @Test func importReadsPastTheReadableNamesAndTheCodesDecide() throws {
        let file = dir.path("edited.csv")
        let exported = try Chiso.run(["export", "--db", db]).lines
        let edited = exported.enumerated().map { index, line -> String in
            guard index > 0 else { return line }
            var fields = CSVLine.split(line)
            fields[fields.count - 2] = index == 1 ? "Tên do người dùng gõ lại" : ""
            fields[fields.count - 1] = index == 2 ? "quý 3 năm ngoái" : fields[fields.count - 1]
            return fields.map(CSVLine.quoted).joined(separator: ",")
        }
        try (edited.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let before = try Chiso.dump(db)
        let imported = try Chiso.run(["import", file, "--db", db])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("0 new, 0 changed, 6 unchanged"), "\(imported.stderr)")
        #expect(try Chiso.dump(db) == before)
        #expect(try Chiso.run(["export", "--db", db]).lines == exported)
    }

    @Test func exportImportExportKeepsTrickyTextExactly() throws {
        let tricky = dir.path("tricky.db")
        try ExportFixture.make(tricky, tricky: true)
        let file = dir.path("tricky.csv")
        #expect(try Chiso.run(["export", "--db", tricky, "-o", file]).exitCode == 0)
        let fresh = dir.path("fresh-tricky.db")
        try ExportFixture.make(fresh, tricky: false)
        let database = try Database(path: fresh, access: .write)
        try database.connection.execute("DELETE FROM observations")
        let imported = try Chiso.run(["import", file, "--db", fresh, "--quiet"])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        // Import normalises text to NFC (and trims surrounding spaces, which no fixture text
        // has), so the one NFD agency comes back composed; every other byte is the same.
        let first = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        let second = try Chiso.run(["export", "--db", fresh]).stdout
        // The one agency that is a standard department's abbreviation comes back under the
        // department's canonical name (units resolve agencies on import; the note keeps it).
        let expected = first.replacingOccurrences(of: ExportFixture.nfdName, with: "Tuyên Quang")
            .replacingOccurrences(of: ",Sở LĐTB&XH,2023,", with: ",Sở Lao động - Thương binh và Xã hội,2023,")
        let pairs = zip(expected.split(separator: "\n").map { Array($0.utf8) }, second.split(separator: "\n").map { Array($0.utf8) })
        for (line, (want, got)) in pairs.enumerated() where want != got {
            Issue.record("line \(line + 1): expected \(String(decoding: want.prefix(200), as: UTF8.self).debugDescription), got \(String(decoding: got.prefix(200), as: UTF8.self).debugDescription)")
        }
        #expect(expected.utf8.count == second.utf8.count)
        #expect(Array(first.utf8) != Array(second.utf8))
    }

    @Test func writesAnAreaAsItsIdWhenTheCodeWouldNameAnotherUnit() throws {
        // 08 on 2025-12-31 is the merged Tuyên Quang (p34-08), so a 2025 figure of the
        // 63-era province is written p63-08, as Seeds does, and re-imports to the same unit.
        let database = try Database(path: db, access: .write)
        _ = try database.connection.write {
            try database.observations.writer().insert(ObservationRecord(
                indicator: "par_index_score", area: "p63-08", period: "2025", value: 86))
        }
        let result = try Chiso.run(["export", "--db", db])
        #expect(result.lines.last == "par_index_score,p63-08,Tuyên Quang,,2025,86,,,,reported,,,,,,,,,Chỉ số cải cách hành chính (PAR Index),Năm 2025")
        let targets = try Chiso.run(["export", "targets", "--db", db])
        #expect(targets.lines[1].hasPrefix("par_index_score,p63-08,Tuyên Quang,,2025,>=,86,"))
    }

    @Test func writesTargetsAndRolloutsInTheirSeedLayouts() throws {
        let targets = try Chiso.run(["export", "targets", "--db", db])
        #expect(targets.lines == [
            "indicator,area,area_name,agency,period,comparator,value,value_high,source,quote,note,indicator_name_vi,period_label_vi",
            "par_index_score,p63-08,Tuyên Quang,,2025,>=,86,,tuyenquang-2023-9m,Chỉ số CCHC của tỉnh đạt từ 86% trở lên,,Chỉ số cải cách hành chính (PAR Index),Năm 2025",
            "online_dossier_rate,40,Nghệ An,,2024,=,70,,nghean-2024-10m,chưa đạt tỷ lệ 70% theo yêu cầu,,Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến,Năm 2024",
        ])
        let rollouts = try Chiso.run(["export", "rollouts", "--db", db])
        #expect(rollouts.lines == [
            "programme,area,area_name,period,total,completed,in_progress,not_started,source,quote,note,period_label_vi",
            "de_an_06,40,Nghệ An,2024-10-31,38,16,21,1,nghean-2024-10m,đã hoàn thành 16/38 mô hình; 21/38 còn lại đang triển khai thực hiện và 01 mô hình chưa triển khai thực hiện,,Ngày 31/10/2024",
        ])
    }

    @Test(arguments: [
        ("areas", "id,code,name,name_folded,official_name,kind,level,region,parent_id,valid_from,valid_to,successor_id,note", 100),
        ("indicators", "code,name_vi,name_en,measure,framework,higher_is_better,scale_max,description,parent,origin,verified,reference", 410),  // 84 of the seeds + 208 of Schema/010 + 41 of Schema/019 + 9 of Schema/020 + 7 of Schema/022 + 24 of Schema/023 + 28 of Schema/024 + 8 of Schema/025 + header
        ("periods", "code,kind,start_date,end_date,label_vi", 11),
        ("sources", "id,title,publisher,url,published_on,area,area_name,period,file,sha256", 3),
    ])
    func writesReferenceTablesWithTheirColumns(table: String, header: String, lines: Int) throws {
        let result = try Chiso.run(["export", table, "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines.first == header)
        #expect(result.lines.count == lines)
    }

    @Test func writesPeriodsAndSourcesInIdOrder() throws {
        let periods = try Chiso.run(["export", "periods", "--db", db]).lines
        #expect(periods[1] == "2016/2020,interval,2016-01-01,2020-12-31,Giai đoạn 2016–2020")
        let sources = try Chiso.run(["export", "sources", "--db", db, "--with-body"]).lines
        #expect(sources[0].hasSuffix(",sha256,body"))
        #expect(sources[1].hasPrefix("nghean-2024-10m,Nghệ An đánh giá kết quả thực hiện Đề án 06/CP năm 2024,,,2024-11-05,40,Nghệ An,2024-01/2024-10,,,"))
    }

    @Test func writesJSONWithProperTypes() throws {
        let result = try Chiso.run(["export", "--db", db, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [[String: Any]])
        #expect(rows.count == 6)
        #expect(rows[1]["numerator"] as? Int == 13322)
        #expect(rows[1]["value"] as? Double == 78.63)
        #expect(rows[1]["area"] as? String == "08")
        #expect(rows[0]["numerator"] is NSNull)
        #expect(rows[0]["agency"] as? String == "")
        let lines = try Chiso.run(["export", "rollouts", "--db", db, "--format", "jsonl"]).lines
        #expect(lines == [#"{"programme":"de_an_06","area":"40","area_name":"Nghệ An","period":"2024-10-31","total":38,"completed":16,"in_progress":21,"not_started":1,"source":"nghean-2024-10m","quote":"đã hoàn thành 16/38 mô hình; 21/38 còn lại đang triển khai thực hiện và 01 mô hình chưa triển khai thực hiện","note":null,"period_label_vi":"Ngày 31/10/2024"}"#])
    }

    @Test func writesTSVAndLeavesOutTheHeaderOnRequest() throws {
        let result = try Chiso.run(["export", "targets", "--db", db, "--format", "tsv", "--no-header"])
        #expect(result.lines.first == "par_index_score\tp63-08\tTuyên Quang\t\t2025\t>=\t86\t\ttuyenquang-2023-9m\tChỉ số CCHC của tỉnh đạt từ 86% trở lên\t\tChỉ số cải cách hành chính (PAR Index)\tNăm 2025")
        #expect(result.lines.count == 2)
    }

    @Test func excelModeWritesBOMAndCRLFAndGuardsFormulas() throws {
        let result = try Chiso.run(["export", "targets", "--db", db, "--excel"])
        #expect(Array(result.stdoutBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: result.stdoutBytes.dropFirst(3), as: UTF8.self)
        #expect(text == """
            indicator,area,area_name,agency,period,comparator,value,value_high,source,quote,note,indicator_name_vi,period_label_vi\r
            par_index_score,p63-08,Tuyên Quang,,2025,>=,86,,tuyenquang-2023-9m,Chỉ số CCHC của tỉnh đạt từ 86% trở lên,,Chỉ số cải cách hành chính (PAR Index),Năm 2025\r
            online_dossier_rate,40,Nghệ An,,2024,'=,70,,nghean-2024-10m,chưa đạt tỷ lệ 70% theo yêu cầu,,Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến,Năm 2024\r

            """)
    }

    @Test func writesTheFileAtomicallyAndSaysWhatItWrote() throws {
        let out = dir.path("out.csv")
        let result = try Chiso.run(["export", "--db", db, "-o", out])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(out): 6 observations\n")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written == (try Chiso.run(["export", "--db", db])).stdout)
        #expect(try leftovers() == ["chiso.db", "chiso.db-shm", "chiso.db-wal", "out.csv"].filter { FileManager.default.fileExists(atPath: dir.path($0)) })
    }

    @Test func aFailingExportLeavesAnExistingFileUntouchedAndNoTemporaryFile() throws {
        let out = try dir.write("keep.csv", "precious\n")
        let broken = try dir.write("broken.db", "not a database")
        let result = try Chiso.run(["export", "--db", broken, "-o", out])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "precious\n")
        #expect(try leftovers().allSatisfy { !$0.hasSuffix(".tmp") })

        let missing = dir.path("new.csv")
        let query = try Chiso.run(["export", "--db", db, "--query", "where nonsense ((", "-o", missing])
        #expect(query.exitCode != 0)
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(try leftovers().allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func anInterruptedExportLeavesNoFile() throws {
        // A big enough table that the export is still running when SIGINT arrives.
        let big = dir.path("big.db")
        try ExportFixture.make(big)
        let database = try Database(path: big, access: .write)
        try database.connection.write {
            try database.connection.execute("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
                INSERT INTO observations (indicator, area, agency, period, value, quote)
                SELECT 'tthc_published_total', 'p63-08', 'agency ' || i, '2023', i, 'một câu trích dẫn khá dài ' || i FROM n
                """)
        }
        let out = dir.path("interrupted.json")
        let process = Process()
        process.executableURL = PackagePaths.binary
        process.arguments = ["export", "--db", big, "-o", out, "--format", "json"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary file exists and has grown, then interrupt.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !(try leftovers().contains { $0.hasPrefix(".interrupted.json.") && size(of: $0) > 0 }) {
            usleep(5_000)
        }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130 || process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try leftovers().allSatisfy { !$0.hasPrefix(".interrupted.json.") })
    }

    @Test func exportsTheObservationsAQuerySelectsInTheFullLayout() throws {
        let result = try Chiso.run(["export", "--db", db, "--query", "where area = tuyen quang and period within 2023"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines.first == Self.header)
        #expect(result.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",") } == [
            "online_dossier_rate,08,Tuyên Quang,,2023-09-30",
            "online_dossier_rate,08,Tuyên Quang,,2023-09",
            "qd766_rank,08,Tuyên Quang,,2023-01/2023-09",
            "tthc_published_total,08,Tuyên Quang,,2023-09-30",
        ])
    }

    @Test func keepsAQuerysLimitButExportsInIdOrder() throws {
        let result = try Chiso.run(["export", "--db", db, "--query", "where value > 50 order by value desc limit 2", "--format", "jsonl"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let values = try result.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["value"] as? Double
        }
        #expect(values == [78.63, 1824])
    }

    @Test func aBadQueryPointsAtTheTokenAndWritesNothing() throws {
        let out = dir.path("query.csv")
        let result = try Chiso.run(["export", "--db", db, "--query", "where vlaue > 3", "-o", out])
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: unknown field 'vlaue'; did you mean value?\n  where vlaue > 3\n        ^^^^^\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aQueryValueIsNeverSQL() throws {
        let before = try Chiso.dump(db)
        let result = try Chiso.run(["export", "--db", db, "--query", "where source = \"x' OR 1=1 --\""])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines == [Self.header])
        #expect(try Chiso.dump(db) == before)
    }

    @Test func refusesXLSXWithoutAFileAndOtherNonsense() throws {
        let cases: [([String], String)] = [
            (["--format", "xlsx"], "Error: xlsx is a binary workbook: give -o FILE.xlsx (or -o - to send it to standard output on purpose)"),
            (["all"], "Error: 'all' writes one sheet per table and needs --format xlsx; for csv export observations, targets and rollouts one at a time"),
            (["--format", "json", "--excel"], "Error: --excel applies to csv only, not json"),
            (["-o", "x.xlsx", "--excel"], "Error: --excel shapes CSV for spreadsheets; leave it out with xlsx, which already keeps every type"),
            (["targets", "--query", "where value > 1"], "Error: --query selects observations; it cannot filter targets"),
            (["--with-body"], "Error: --with-body applies to the sources table"),
            (["--format", "json", "--no-header"], "Error: --no-header applies to csv and tsv, not json"),
        ]
        for (arguments, message) in cases {
            let result = try Chiso.run(["export", "--db", db] + arguments)
            #expect(result.exitCode == 64, "\(arguments)")
            #expect(result.stdout == "")
            #expect(result.stderr.split(separator: "\n").first.map(String.init) == message, "\(arguments)")
        }
    }

    @Test func writesAWorkbookToStandardOutputOnlyWhenAskedTo() throws {
        let result = try Chiso.run(["export", "--db", db, "--format", "xlsx", "-o", "-"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Array(result.stdoutBytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let endOfDirectory = result.stdoutBytes.suffix(22)
        #expect(Array(endOfDirectory.prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
    }

    @Test func impliesTheFormatFromTheFileExtension() throws {
        let out = dir.path("figures.xlsx")
        let result = try Chiso.run(["export", "--db", db, "-o", out])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr == "\(out): 6 observations, 2 targets, 1 rollouts\n")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(bytes.prefix(2)) == [0x50, 0x4B])
    }

    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted()
    }

    private func size(of name: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: dir.path(name)))?[.size] as? Int) ?? 0
    }
}

/// `chiso export | head -1`: the reader leaves after one line and chiso ends without a word,
/// whether SIGPIPE kills it (the default) or is ignored and the write fails with EPIPE.
@Suite struct ExportToAClosedPipeTests {
    @Test(arguments: [false, true])
    func endsQuietlyWhenTheReaderLeavesAfterOneLine(ignoringSIGPIPE: Bool) throws {
        let dir = TemporaryDirectory("export-pipe")
        let db = try TestDatabase(dir, name: "many.db")
        try db.write {
            // Far more than a pipe holds (64 KiB), so chiso is still writing when the reader leaves.
            for n in 0..<6_000 {
                try db.add("tthc_published_total", "08", "2023", Double(n), agency: "Sở số \(n)", source: nil)
            }
        }
        let process = Process()
        let errors = dir.path("stderr")
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        if ignoringSIGPIPE {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' PIPE; exec \"$0\" \"$@\"", PackagePaths.binary.path, "export", "--db", db.path]
        } else {
            process.executableURL = PackagePaths.binary
            process.arguments = ["export", "--db", db.path]
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
        try process.run()
        let first = try pipe.fileHandleForReading.read(upToCount: 9) ?? Data()
        #expect(String(decoding: first, as: UTF8.self) == "indicator")
        try pipe.fileHandleForReading.close()
        process.waitUntilExit()
        let quiet = process.terminationReason == .exit ? process.terminationStatus == 0 : process.terminationStatus == SIGPIPE
        #expect(quiet, "ended with \(process.terminationReason == .exit ? "exit" : "signal") \(process.terminationStatus)")
        #expect(try String(contentsOfFile: errors, encoding: .utf8) == "")
    }
}
