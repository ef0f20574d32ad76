import ChisoFormats

/// Renders rows to a string the way the CLI does to stdout, for exact comparisons.
func render(
    _ format: OutputFormat,
    _ columns: [Column],
    _ rows: [[Cell]],
    options: RenderOptions = RenderOptions()
) throws -> String {
    final class Buffer { var text = "" }
    let buffer = Buffer()
    var sink = makeSink(format, options: options) { buffer.text += $0 }
    try sink.begin(columns: columns)
    for row in rows { try sink.write(row) }
    try sink.finish()
    return buffer.text
}

let sampleColumns = [Column("indicator"), Column("area"), Column("value", .real), Column("rank", .integer)]
let sampleRows: [[Cell]] = [
    [.text("dvc766"), .text("Hà Nội"), .real(42.06), .integer(3)],
    [.text("tthc"), .text("VN"), .real(1824), .null],
]
