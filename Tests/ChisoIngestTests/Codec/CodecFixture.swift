import ChisoFormats
@testable import ChisoIngest
import ChisoStorage
import ChisoTestSupport

/// A fresh database (catalogue and areas from Schema/) and one in-memory source, for
/// decoding rows the way the loader does.
final class CodecFixture {
    let directory = TemporaryDirectory("ingest-codec")
    let database: Database
    let reference: ReferenceData

    static let body = "Tỷ lệ hồ sơ trực tuyến đạt 42,06%; 13.322/16.942 hồ sơ; xếp thứ 56/63; Đạt chỉ tiêu 90-100%."

    init() throws {
        database = try Database(path: directory.path("codec.db"), access: .create)
        reference = try ReferenceData(database)
        reference.register(source: "src", body: Self.body)
    }

    static let observationBase: [String: String] = [
        "indicator": "online_dossier_rate", "area": "08", "area_name": "Tuyên Quang", "period": "2023-09-30",
        "value": "42.06", "source": "src", "quote": "đạt 42,06%",
    ]

    func observation(_ overrides: [String: String?] = [:], file: String = "obs.csv") throws(InputError) -> DecodedObservation {
        let decoder = ObservationDecoder(header: HeaderMap(layout: .observations), file: file, reference: reference)
        return try decoder.decode(Self.fields(.observations, Self.observationBase, overrides), line: 2)
    }

    static let targetBase: [String: String] = [
        "indicator": "online_dossier_rate", "area": "40", "area_name": "Nghệ An", "period": "2024",
        "comparator": ">=", "value": "70",
    ]

    func target(_ overrides: [String: String?] = [:]) throws(InputError) -> DecodedTarget {
        let decoder = TargetDecoder(header: HeaderMap(layout: .targets), file: "targets.csv", reference: reference)
        return try decoder.decode(Self.fields(.targets, Self.targetBase, overrides), line: 3)
    }

    static let rolloutBase: [String: String] = [
        "programme": "de_an_06", "area": "40", "area_name": "Nghệ An", "period": "2024-10-31",
        "total": "38", "completed": "16", "in_progress": "21", "not_started": "1",
    ]

    func rollout(_ overrides: [String: String?] = [:]) throws(InputError) -> DecodedRollout {
        let decoder = RolloutDecoder(header: HeaderMap(layout: .rollouts), file: "rollouts.csv", reference: reference)
        return try decoder.decode(Self.fields(.rollouts, Self.rolloutBase, overrides), line: 4)
    }

    /// The base row with overrides applied (nil clears a field), in layout order.
    static func fields(_ layout: CSVLayout, _ base: [String: String], _ overrides: [String: String?]) -> [String] {
        layout.columns.map { column in
            if let override = overrides[column] { return override ?? "" }
            return base[column] ?? ""
        }
    }
}

/// Runs `body` and returns the error's one-line description, or nil when it did not throw.
func failure<T>(_ body: () throws(InputError) -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.description
    }
}
