import ChisoDomain
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing
@testable import ChisoQuery

/// `check` reads its parts on two threads of its own (`PartReader`), each with a connection,
/// taking turns by part: the same parts and findings in the same order as on one thread, and a
/// failure on any side ends all with the error, never a hang.
@Suite struct PartReaderTests {
    /// The seeds, and a rate with its fraction in twelve more provinces (right in some, wrong
    /// in others), so there are more parts than the queue holds.
    private func seeded() throws -> TestDatabase {
        let f = try CheckFixture()
        try f.loadSeeds()
        let provinces = try f.database.areas.all().filter { $0.id.hasPrefix("p63-") }.prefix(12)
        try f.write {
            for (index, province) in provinces.enumerated() {
                try f.add(ObservationRecord(indicator: "online_dossier_rate", area: province.id, period: "2023",
                                            value: index % 3 == 0 ? 40 : 50, numerator: 50, denominator: 100))
            }
        }
        return f
    }

    private func findings(_ f: TestDatabase, secondThread: Bool) throws -> [Finding] {
        var check = DataCheck()
        check.readsOnSecondThread = secondThread
        return try check.run(f.database).findings
    }

    @Test func findsWhatOneThreadFindsInTheSameOrder() throws {
        let f = try seeded()
        let alone = try findings(f, secondThread: false)
        #expect(alone.count > 10)
        for _ in 0..<3 {
            #expect(try findings(f, secondThread: true) == alone)
        }
    }

    /// What a part is, for comparing: its rows' ids, targets, rollouts and dangling references.
    private struct Handed: Equatable {
        var rows: [Int64?]
        var targets: [Int64?]
        var rollouts: Int
        var dangling: [Int64]
        init(_ part: CheckData) {
            rows = part.observations.map(\.id)
            targets = part.targets.map(\.id)
            rollouts = part.rollouts.count
            dangling = part.danglingReferences.map(\.rowID)
        }
    }

    /// More parts than the queue holds, so the readers wait for the checker at least once; two
    /// lanes and one hand over exactly what one connection reads in turn.
    @Test func handsOverEveryPartInOrder() throws {
        let f = try seeded()
        var parts: [Handed] = []
        try CheckData.forEachPart(of: f.database) { parts.append(Handed($0)) }
        #expect(parts.count > PartReader.capacity + 1)
        #expect(parts.filter { !$0.rows.isEmpty }.count > 2)
        for twoLanes in [true, false] {
            var handed: [Handed] = []
            try PartReader(path: f.path, twoLanes: twoLanes).forEachPart { handed.append(Handed($0)) }
            #expect(handed == parts, "two lanes: \(twoLanes)")
        }
    }

    /// Each part is one area code's rows in id order, codes ascending, each row once.
    @Test func partsComeByAreaCodeThenID() throws {
        let f = try seeded()
        var codes: [String] = []
        var seen: Set<Int64> = []
        try PartReader(path: f.path).forEachPart { part in
            let ids = part.observations.compactMap(\.id)
            #expect(ids == ids.sorted())
            #expect(seen.isDisjoint(with: ids))
            seen.formUnion(ids)
            let partCodes = Set(part.observations.map { f.code(of: $0.area) })
            #expect(partCodes.count <= 1)
            codes += partCodes
        }
        #expect(codes.count > PartReader.capacity)
        #expect(codes == codes.sorted())
    }

    /// The candidates of two lanes (a row may come from both, or twice from one) become one
    /// job per code in byte order, ids ascending and once each; codes with targets and no rows
    /// get a job where they fall, or at the end.
    @Test func jobsMergeTheLanesByCodeThenID() {
        let lane0: [(code: String, id: Int64)] = [("08", 9), ("01", 4), ("08", 2), ("VN", 1), ("08", 9)]
        let lane1: [(code: String, id: Int64)] = [("01", 3), ("08", 2), ("p63-99", 7)]
        let jobs = CheckSnapshot.jobs([lane0, lane1], targetCodes: ["02", "VN", "zz", "00"])
        #expect(jobs == [
            .targetsOnly(code: "00"), .rows(code: "01", ids: [3, 4]), .targetsOnly(code: "02"), .rows(code: "08", ids: [2, 9]),
            .rows(code: "VN", ids: [1]), .rows(code: "p63-99", ids: [7]), .targetsOnly(code: "zz"),
        ])
    }

    /// Two lanes scan every id once between them, whatever ids the table holds.
    @Test func lanesSplitTheIDsWithoutGapOrOverlap() {
        for ids: ClosedRange<Int64> in [1...1_000_000, 1...1, 7...8, -5...4, Int64.min...Int64.max, (Int64.max - 1)...Int64.max] {
            let low = CheckSnapshot.scannedIDs(of: ids, lane: 0, of: 2)
            let high = CheckSnapshot.scannedIDs(of: ids, lane: 1, of: 2)
            #expect(low?.lowerBound == ids.lowerBound)
            #expect((high ?? low)?.upperBound == ids.upperBound)
            if let low, let high { #expect(high.lowerBound == low.upperBound + 1) }
            #expect(CheckSnapshot.scannedIDs(of: ids, lane: 0, of: 1) == ids)
        }
        #expect(CheckSnapshot.scannedIDs(of: 1...1_000_000, lane: 0, of: 2) == 1...500_000)
    }

    /// A file in WAL mode (another chiso writing it) is read by one connection alone, with the
    /// same findings.
    @Test func readsAFileInWALModeAlone() throws {
        let f = try seeded()
        let expected = try findings(f, secondThread: false)
        #expect(try f.database.connection.scalar("PRAGMA journal_mode = WAL").stringValue == "wal")
        #expect(try findings(f, secondThread: true) == expected)
    }

    private struct CheckerStopped: Error, Equatable {}

    /// The checking side fails on the second part: its error comes out, the reader stops at
    /// its next hand-off and its thread ends (the call returns).
    @Test func aFailingCheckerStopsTheReader() throws {
        let f = try seeded()
        var seen = 0
        #expect(throws: CheckerStopped()) {
            try PartReader(path: f.path).forEachPart { _ in
                seen += 1
                if seen == 2 { throw CheckerStopped() }
            }
        }
        #expect(seen == 2)
    }

    /// The reader cannot open the file (gone since the command opened it): its error is thrown
    /// to the caller, in words, instead of leaving the checker waiting.
    @Test func aFailingReaderEndsTheCheckWithItsError() throws {
        let f = try seeded()
        try FileManager.default.removeItem(atPath: f.path)
        let error = #expect(throws: StorageError.self) { try DataCheck().run(f.database) }
        #expect(error?.description.contains(f.path) == true)
    }
}

private extension TestDatabase {
    func code(of area: String) -> String {
        (try? database.areas.all().first { $0.id == area }?.code) ?? area
    }
}
