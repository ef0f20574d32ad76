import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso indicators`: the catalogue, optionally one framework's, with each indicator's
/// origin (built-in or user) and parent; `tree` lists components under their index instead.
package struct IndicatorListing {
    package var framework: String?
    package var tree: Bool

    package init(framework: String? = nil, tree: Bool = false) {
        self.framework = framework
        self.tree = tree
    }

    package func run(_ database: Database) throws -> ResultSet {
        if let framework {
            let known = try database.indicators.frameworks()
            if !known.contains(framework) {
                let hint = Suggest.closest(to: framework, among: known).first.map { "; did you mean \($0)?" } ?? ""
                throw QueryError("unknown framework '\(framework)'\(hint) (known: \(known.joined(separator: ", ")))")
            }
        }
        let all = try database.indicators.all(framework: framework)
        if tree { return Self.tree(all) }
        var result = ResultSet(columns: [
            Column("code"), Column("name_vi"), Column("name_en"), Column("measure"), Column("framework"),
            Column("higher_is_better", .integer), Column("scale_max", .real), Column("parent"), Column("origin"),
            Column("breakdowns"),
        ])
        for i in all {
            result.rows.append([.text(i.code), .text(i.nameVi), .text(i.nameEn), .text(i.measure.rawValue),
                                .text(i.framework), .integer(i.higherIsBetter ? 1 : 0), .real(i.scaleMax),
                                .text(i.parent), .text(i.origin.rawValue), .text(Self.breakdowns(i))])
        }
        return result
    }

    private static func breakdowns(_ i: Indicator) -> String? {
        let names = BreakdownDimension.allCases.filter(i.breakdowns.contains).map(\.rawValue)
        return names.isEmpty ? nil : names.joined(separator: ";")
    }

    /// Each index followed by its components, indented by depth ("  qd766_publicity_score");
    /// an indicator whose parent is outside the listing starts its own tree.
    private static func tree(_ all: [Indicator]) -> ResultSet {
        var result = ResultSet(columns: [Column("indicator"), Column("name_vi"), Column("measure"), Column("origin")])
        let codes = Set(all.map(\.code))
        var children: [String: [Indicator]] = [:]
        for i in all { if let p = i.parent, codes.contains(p) { children[p, default: []].append(i) } }
        func visit(_ i: Indicator, depth: Int) {
            result.rows.append([.text(String(repeating: "  ", count: depth) + i.code), .text(i.nameVi),
                                .text(i.measure.rawValue), .text(i.origin.rawValue)])
            // The schema refuses cycles, so the walk ends; the depth cap guards a file written by another tool.
            guard depth < 16 else { return }
            for child in children[i.code] ?? [] { visit(child, depth: depth + 1) }
        }
        for root in all where root.parent.map({ !codes.contains($0) }) ?? true { visit(root, depth: 0) }
        return result
    }
}
