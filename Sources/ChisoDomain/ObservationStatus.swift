/// Where a figure comes from: stated by the report, estimated ("ước đạt"), the province's own
/// score ("điểm tự chấm"), derived by chiso from other figures, or inferred by an analyst.
package enum ObservationStatus: String, Sendable, CaseIterable, Codable {
    case reported, estimated, selfAssessed = "self_assessed", derived, inferred
}
