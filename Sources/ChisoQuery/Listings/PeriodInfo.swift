import ChisoDomain
import ChisoFormats

/// `chiso period TEXT`: what chiso reads a period phrase as, a quick check for users.
package struct PeriodInfo {
    package var text: String
    package var context: PeriodContext?

    package init(text: String, context: PeriodContext? = nil) {
        self.text = text
        self.context = context
    }

    package func run() throws -> ResultSet {
        let period = try Period.parse(text, context: context)
        return ResultSet(
            columns: [Column("input"), Column("code"), Column("kind"), Column("start", .date), Column("end", .date), Column("label_vi")],
            rows: [[.text(text), .text(period.code), .text(period.kind.rawValue), .text(period.start.iso),
                    .text(period.end.iso), .text(period.labelVi)]])
    }
}
