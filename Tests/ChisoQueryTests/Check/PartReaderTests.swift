import ChisoDomain
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing
@testable import ChisoQuery

/// `check` reads its parts on a second thread (`PartReader`): the same findings in the same
/// order as on one thread, and a failure on either side ends both with the error, never a hang.
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

    /// More parts than the queue holds, so the reader waits for the checker at least once.
    @Test func handsOverEveryPartInOrder() throws {
        let f = try seeded()
        var codes: [String] = []
        try CheckData.forEachPart(of: f.database) { codes.append($0.observations.first.map { f.code(of: $0.area) } ?? "") }
        #expect(codes.count > PartReader.capacity + 1)
        var handed: [String] = []
        try PartReader(path: f.path).forEachPart { handed.append($0.observations.first.map { f.code(of: $0.area) } ?? "") }
        #expect(handed == codes)
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
