import ChisoFormats
@testable import ChisoIngest
import Testing

@Suite struct CSVLayoutTests {
    let here = RecordLocation(file: "obs.csv", line: 1)

    @Test func observationsLayoutIsTheSeedHeader() throws {
        let seedHeader = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note,level,channel,dossier_status,indicator_name_vi,period_label_vi"
        #expect(CSVLayout.observations.columns.joined(separator: ",") == seedHeader)
    }

    @Test func mapsColumnsInAnyOrder() throws {
        let map = try CSVLayout.observations.header(["value", "period", "area", "indicator"], location: here)
        #expect(map.fieldIndex(0) == 3)
        #expect(map.fieldIndex(5) == 0)
        #expect(map.fieldIndex(14) == nil)
        #expect(map.width == 4)
    }

    @Test func rejectsAnUnknownColumnWithASuggestion() {
        #expect(throws: InputError(file: "obs.csv", line: 1, column: 5, message: "unknown column 'numerater' in the observations header; did you mean numerator?")) {
            try CSVLayout.observations.header(["indicator", "area", "period", "value", "numerater"], location: here)
        }
    }

    @Test func rejectsAMissingRequiredColumn() {
        #expect(throws: InputError(file: "obs.csv", line: 1, message: "the observations header lacks the required column 'value'; expected columns: \(CSVLayout.observations.columns.joined(separator: ","))")) {
            try CSVLayout.observations.header(["indicator", "area", "period"], location: here)
        }
    }

    @Test func rejectsARepeatedColumn() {
        #expect(throws: InputError(file: "obs.csv", line: 1, column: 5, message: "column 'area' appears twice in the header (fields 2 and 5)")) {
            try CSVLayout.observations.header(["indicator", "area", "period", "value", "area"], location: here)
        }
    }
}
