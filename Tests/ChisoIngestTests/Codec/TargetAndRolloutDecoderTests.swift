import ChisoFormats
@testable import ChisoIngest
import ChisoStorage
import Testing

@Suite struct TargetDecoderTests {
    let fixture: CodecFixture

    init() throws { fixture = try CodecFixture() }

    @Test func decodesATarget() throws {
        let decoded = try fixture.target()
        #expect(decoded.record == TargetRecord(indicator: "online_dossier_rate", area: "p63-40", period: "2024",
                                               comparator: .atLeast, value: 70))
    }

    @Test func readsARangeIntoBothBounds() throws {
        let record = try fixture.target(["comparator": "between", "value": "90-100%"]).record
        #expect(record.value == 90)
        #expect(record.valueHigh == 100)
    }

    @Test(arguments: [
        (["comparator": "=>"], "targets.csv:3:6: comparator '=>' is not one of >=, <=, =, between"),
        (["comparator": "between"], "targets.csv:3:8: value_high is empty; 'between' needs an upper bound"),
        (["comparator": "between", "value": "90", "value_high": "80"], "targets.csv:3:8: value_high 80 is below the lower bound 90"),
        (["value_high": "100"], "targets.csv:3:8: value_high is only for comparator 'between', not '>='"),
        (["value": "170"], "targets.csv:3:7: value 170 is outside 0–100 for the percent indicator online_dossier_rate (write 42.06 for 42,06%, not 0.4206)"),
    ] as [([String: String?], String)])
    func rejectsTargetsBreakingARule(overrides: [String: String?], expected: String) {
        let message = failure { () throws(InputError) in try fixture.target(overrides) }
        #expect(message?.hasPrefix(expected) == true, "got: \(message ?? "no error")")
    }
}

@Suite struct RolloutDecoderTests {
    let fixture: CodecFixture

    init() throws { fixture = try CodecFixture() }

    @Test func decodesARollout() throws {
        #expect(try fixture.rollout().record == RolloutRecord(area: "p63-40", period: "2024-10-31", total: 38,
                                                            completed: 16, inProgress: 21, notStarted: 1))
    }

    @Test(arguments: [
        (["not_started": "2"], "rollouts.csv:4:5: total 38 is not completed + in_progress + not_started = 16 + 21 + 2 = 39"),
        (["completed": "16,5"], "rollouts.csv:4:6: completed '16,5' must be a whole number"),
        (["total": "0", "completed": "0", "in_progress": "0", "not_started": "0"], "rollouts.csv:4:5: total 0 must be above 0"),
    ] as [([String: String?], String)])
    func rejectsRolloutsBreakingARule(overrides: [String: String?], expected: String) {
        let message = failure { () throws(InputError) in try fixture.rollout(overrides) }
        #expect(message == expected)
    }
}
