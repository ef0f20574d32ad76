@testable import ChisoIngest
import Testing

/// Đề án 06's model rollouts as reports state them: the parts by their words, the total by
/// its denominator, a missing part only when the total and the two others give it.
@Suite struct RolloutMentionsTests {
    @Test func readsTheThreePartsOfTheSeedSentence() {
        let text = "Về triển khai các Mô hình thúc đẩy thực hiện các nhiệm vụ Đề án 06/CP, đến nay, toàn tỉnh đã hoàn thành 16/38 mô hình; 21/38 còn lại đang triển khai thực hiện và 01 mô hình chưa triển khai thực hiện, trong đó một số mô hình khó đã hoàn thành."
        #expect(RolloutMentions.find(in: text) == [RolloutMentions.Rollout(
            total: 38, completed: 16, inProgress: 21, notStarted: 1,
            quote: "toàn tỉnh đã hoàn thành 16/38 mô hình; 21/38 còn lại đang triển khai thực hiện và 01 mô hình chưa triển khai thực hiện",
            note: nil)])
    }

    @Test func derivesTheThirdPartFromTheTotalAndTwoOthers() {
        let rollouts = RolloutMentions.find(in: "Đến nay, tỉnh đã hoàn thành 25/40 mô hình, 15 mô hình đang triển khai.")
        #expect(rollouts.map { [$0.total, $0.completed, $0.inProgress, $0.notStarted] } == [[40, 25, 15, 0]])
        #expect(rollouts.first?.note == "not_started = 40 − the other two parts (the text gives the total and two parts)")
        #expect(rollouts.first?.quote == "tỉnh đã hoàn thành 25/40 mô hình, 15 mô hình đang triển khai.")
    }

    @Test(arguments: [
        "Toàn tỉnh đã hoàn thành 16/38 mô hình.",                                  // one part: the rest unknown
        "Đã hoàn thành 16/38 mô hình; 30/38 mô hình đang triển khai.",             // parts above the total
        "Có 5 mô hình chưa hoàn thành, 3 mô hình đang triển khai.",                // "chưa hoàn thành" says neither
        "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 42,06%; hoàn thành 12 nhiệm vụ.",    // no "mô hình"
        "Hoàn thành 10/38 mô hình, đang triển khai 20/40 mô hình.",                // two totals
    ])
    func proposesNoRolloutWithoutAWholeConsistentSet(_ text: String) {
        #expect(RolloutMentions.find(in: text).isEmpty)
    }
}
