@testable import ChisoIngest
import Testing

@Suite struct LineMapTests {
    @Test func mapsRowsBackToTheirLines() {
        var map = LineMap()
        for line in [2, 3, 4, 7, 8, 12] { map.append(line: line) }
        #expect((0..<6).map { map.line(of: $0) } == [2, 3, 4, 7, 8, 12])
        #expect(map.line(of: 6) == nil)
        #expect(map.line(of: -1) == nil)
    }
}
