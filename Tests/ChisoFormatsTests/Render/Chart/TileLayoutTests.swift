import ChisoDomain
@testable import ChisoFormats
import Testing

/// The tile layout is derived from the capitals' coordinates; these are the properties a
/// reader of the map relies on.
@Suite struct TileLayoutTests {
    @Test(arguments: [TileLayout.Era.provinces63, .provinces34])
    func everyProvinceGetsItsOwnTile(era: TileLayout.Era) {
        let positions = TileLayout.positions(era)
        #expect(positions.count == (era == .provinces63 ? 63 : 34))
        #expect(Set(positions.values).count == positions.count, "no two provinces share a tile")
    }

    @Test func theNorthIsAtTheTopAndTheSouthAtTheBottom() {
        let positions = TileLayout.positions(.provinces63)
        let top = positions.values.map(\.row).min()!, bottom = positions.values.map(\.row).max()!
        #expect(positions["02"]!.row == top, "Hà Giang, the northernmost capital, is in the top row")
        #expect(positions["96"]!.row >= bottom - 1, "Cà Mau is at the bottom")
        #expect(positions["01"]!.row < positions["38"]!.row && positions["38"]!.row < positions["48"]!.row
                && positions["48"]!.row < positions["79"]!.row, "Hà Nội, Thanh Hóa, Đà Nẵng, TP.HCM run north to south")
        #expect(positions["11"]!.column < positions["22"]!.column, "Điện Biên is west of Quảng Ninh")
    }

    @Test(arguments: [TileLayout.Era.provinces63, .provinces34])
    func everyTileStaysNearItsCapital(era: TileLayout.Era) {
        // Displacement from the capital's own cell, in cells; crowded deltas spread, but no
        // province is carried away from its region.
        let cell = era == .provinces63 ? 0.8 : 1.0
        let capitals = TileLayout.codes(era).compactMap(ProvinceCapitals.capital(of:))
        let placed = TileLayout.layout(capitals, cell: cell)
        let raw = TileLayout.layout(capitals, cell: cell / 100)   // so sparse nothing collides
        let north = capitals.map(\.latitude).max()!
        for capital in capitals {
            let idealRow = (north - capital.latitude) / cell
            let top = placed.values.map(\.row).min()!
            #expect(abs(Double(placed[capital.code]!.row - top) - idealRow) <= 2.5, "\(capital.city) row")
        }
        #expect(raw.count == capitals.count)
    }

    @Test func theMergedUnitsSitAtTheirSeat() {
        // Gia Lai (from 2025) kept Bình Định's code 52 and its seat, Quy Nhơn.
        #expect(TileLayout.codes(.provinces34).contains("52"))
        #expect(!TileLayout.codes(.provinces34).contains("64"))
        #expect(ProvinceCapitals.capital(of: "52")?.city == "Quy Nhơn")
    }
}
