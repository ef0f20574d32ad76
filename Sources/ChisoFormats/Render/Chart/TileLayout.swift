import ChisoDomain
import Foundation

/// Where each province's tile goes on a tile map, derived from where its capital lies
/// (`ProvinceCapitals`) rather than drawn by hand, so the rule is checkable and the same for
/// the 63 provinces and the 34 units.
///
/// The rule: project each capital onto a grid of square cells (longitude shrunk by cos 16°,
/// the country's middle latitude, so a cell is square on the ground), then give each province,
/// most crowded first, the free cell nearest its capital (ties: the upper, then the left cell).
/// Crowded places (the Red River and Mekong deltas) spread out; the country keeps its shape.
/// Cells are 0.8° for 63 provinces and 1.0° for 34 units, the sizes at which every tile stays
/// next to its neighbours (docs/charts.md shows both maps).
package enum TileLayout {
    package enum Era: Sendable, Equatable {
        /// The 63 provinces until 2025-06-30.
        case provinces63
        /// The 34 units from 2025-07-01 (placed at their seats).
        case provinces34
    }

    package struct Position: Sendable, Equatable, Hashable {
        package let column: Int
        package let row: Int
    }

    /// The codes each era has tiles for.
    package static func codes(_ era: Era) -> [String] {
        switch era {
        case .provinces63: return ProvinceCapitals.all.map(\.code)
        case .provinces34: return seats34
        }
    }

    /// The 34 units' codes: each kept the code of the former province holding its seat.
    static let seats34 = ["01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40",
                          "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96"]

    /// Each code's tile, with the top-left tile at (0, 0).
    package static func positions(_ era: Era) -> [String: Position] {
        let cell = era == .provinces63 ? 0.8 : 1.0
        let capitals = codes(era).compactMap(ProvinceCapitals.capital(of:))
        return layout(capitals, cell: cell)
    }

    static func layout(_ capitals: [ProvinceCapitals.Capital], cell: Double) -> [String: Position] {
        guard let west = capitals.map(\.longitude).min(), let north = capitals.map(\.latitude).max() else { return [:] }
        let shrink = cos(16 * Double.pi / 180)
        var ideal: [String: (x: Double, y: Double)] = [:]
        for capital in capitals {
            ideal[capital.code] = ((capital.longitude - west) * shrink / cell, (north - capital.latitude) / cell)
        }
        func crowd(_ code: String) -> Int {
            let here = ideal[code]!
            return ideal.filter { $0.key != code && hypot($0.value.x - here.x, $0.value.y - here.y) < 1.5 }.count
        }
        let order = ideal.keys.sorted { a, b in
            let (ca, cb) = (crowd(a), crowd(b))
            return ca != cb ? ca > cb : a < b
        }
        var taken = Set<Position>()
        var placed: [String: Position] = [:]
        let reach = 6
        for code in order {
            let (x, y) = ideal[code]!
            var best: (distance: Double, position: Position)?
            for row in (Int(y) - reach)...(Int(y) + reach + 1) {
                for column in (Int(x) - reach)...(Int(x) + reach + 1) {
                    let position = Position(column: column, row: row)
                    if taken.contains(position) { continue }
                    let dx = Double(column) + 0.5 - x, dy = Double(row) + 0.5 - y
                    let distance = dx * dx + dy * dy
                    if let current = best {
                        let better = distance < current.distance
                            || distance == current.distance && (row, column) < (current.position.row, current.position.column)
                        if !better { continue }
                    }
                    best = (distance, position)
                }
            }
            guard let chosen = best?.position else { continue }
            taken.insert(chosen)
            placed[code] = chosen
        }
        let left = placed.values.map(\.column).min() ?? 0, top = placed.values.map(\.row).min() ?? 0
        return placed.mapValues { Position(column: $0.column - left, row: $0.row - top) }
    }
}
