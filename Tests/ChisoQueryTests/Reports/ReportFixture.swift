import ChisoDomain
import ChisoStorage
import ChisoTestSupport

/// A small database for the report tests: four 63-era provinces and the country, a score with
/// a tie, its paired rank indicator, a series with a computed and a reported change, targets
/// met, missed and without a figure (an agency at 65.16 against 90–100), and rollouts.
enum ReportFixture {
    static func make(_ directory: TemporaryDirectory) throws -> Database {
        let db = try TestDatabase(directory, name: "reports.db")
        try db.write {
            try db.periods(["2020", "2023", "2023-H1", "2023-Q3", "2023-09", "2023-09-30", "2023-10-13",
                            "2023-01/2023-09", "2024", "2024-06-30", "2024-10-31", "2025"])
            try db.source(id: "tq", title: "Tuyên Quang 9 tháng 2023")
            try db.source(id: "na", title: "Nghệ An 2024")
            let rows: [ObservationRecord] = [
                .init(indicator: "qd766_score", area: "p63-08", period: "2023-01/2023-09", value: 58.52, source: "tq"),
                .init(indicator: "qd766_score", area: "p63-02", period: "2023-H1", value: 65),
                .init(indicator: "qd766_score", area: "p63-02", period: "2023-10-13", value: 71.4),
                .init(indicator: "qd766_score", area: "p63-40", period: "2023-Q3", value: 71.4),
                .init(indicator: "qd766_score", area: "p63-01", period: "2023-09-30", value: 80),
                .init(indicator: "qd766_score", area: "VN", period: "2023", value: 68),
                .init(indicator: "qd766_rank", area: "p63-08", period: "2023-01/2023-09", value: 56, numerator: 56, denominator: 63,
                      baselinePeriod: "2023-H1", change: 3, source: "tq"),
                .init(indicator: "qd766_rank", area: "p63-02", period: "2023-H1", value: 30, numerator: 30, denominator: 63),
                .init(indicator: "qd766_rank", area: "p63-02", period: "2023-10-13", value: 25, numerator: 25, denominator: 63),
                .init(indicator: "qd766_rank", area: "p63-01", period: "2023-09-30", value: 10, numerator: 10, denominator: 63),
                .init(indicator: "online_dossier_rate", area: "p63-08", period: "2023-H1", value: 30, source: "tq"),
                .init(indicator: "online_dossier_rate", area: "p63-08", period: "2023-09", value: 78.63,
                      numerator: 13322, denominator: 16942, source: "tq"),
                .init(indicator: "online_dossier_rate", area: "p63-08", period: "2023-09-30", value: 42.06, source: "tq"),
                .init(indicator: "par_index_score", area: "p63-08", period: "2020", value: 83.81, source: "tq"),
                .init(indicator: "social_payment_accounts_rate", area: "p63-40", agency: "Sở LĐTB&XH", period: "2024-10-31",
                      value: 65.16, source: "na"),
                .init(indicator: "cccd_issuance_rate", area: "p63-40", period: "2024-10-31", value: 100, source: "na"),
            ]
            for row in rows { try db.add(row) }
            let targets: [TargetRecord] = [
                .init(indicator: "par_index_score", area: "p63-08", period: "2025", comparator: .atLeast, value: 86, source: "tq"),
                .init(indicator: "online_dossier_rate", area: "p63-08", period: "2023", comparator: .atLeast, value: 40, source: "tq"),
                .init(indicator: "social_payment_accounts_rate", area: "p63-40", agency: "Sở LĐTB&XH", period: "2024",
                      comparator: .between, value: 90, valueHigh: 100, source: "na"),
                .init(indicator: "health_facilities_cashless_rate", area: "p63-40", agency: "Sở Y tế", period: "2024",
                      comparator: .atLeast, value: 100, source: "na"),
            ]
            for target in targets { try db.target(target) }
            try db.rollout(RolloutRecord(area: "p63-40", period: "2024-06-30", total: 38, completed: 10,
                                                     inProgress: 20, notStarted: 8, source: "na"))
            try db.rollout(RolloutRecord(area: "p63-40", period: "2024-10-31", total: 38, completed: 16,
                                                     inProgress: 21, notStarted: 1, source: "na"))
            try db.rollout(RolloutRecord(area: "p63-08", period: "2023-09-30", total: 10, completed: 5,
                                                     inProgress: 3, notStarted: 2, source: "tq"))
        }
        return db.database
    }
}
