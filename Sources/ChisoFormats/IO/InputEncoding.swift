/// The text encodings an input file may come in: what spreadsheets and editors on Vietnamese
/// machines save (LibreOffice and Notepad's "Unicode" is UTF-16; old Windows tools save
/// Windows-1258, the Vietnamese code page, or Windows-1252).
package enum InputEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16le = "utf-16le", utf16be = "utf-16be"
    case utf32le = "utf-32le", utf32be = "utf-32be"
    case windows1258 = "windows-1258"
    case windows1252 = "windows-1252"

    /// The names `--encoding` accepts: ours, iconv's spellings, and "utf-16"/"utf-32" whose
    /// byte order the file's byte-order mark decides (little-endian without one, as Windows writes).
    package init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf16le", "ucs-2", "unicode": self = .utf16le
        case "utf-16be", "utf16be": self = .utf16be
        case "utf-32", "utf32", "utf-32le", "utf32le": self = .utf32le
        case "utf-32be", "utf32be": self = .utf32be
        case "windows-1258", "cp1258", "win1258", "vietnamese": self = .windows1258
        case "windows-1252", "cp1252", "win1252", "latin1", "latin-1", "iso-8859-1": self = .windows1252
        default: return nil
        }
    }

    /// The name iconv knows it by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16le: "UTF-16LE"
        case .utf16be: "UTF-16BE"
        case .utf32le: "UTF-32LE"
        case .utf32be: "UTF-32BE"
        case .windows1258: "WINDOWS-1258"
        case .windows1252: "WINDOWS-1252"
        }
    }

    /// The encoding a byte-order mark at the start of `prefix` announces, and the mark's length.
    /// UTF-32LE's mark begins with UTF-16LE's, so it is tested first.
    package static func byteOrderMark(_ prefix: [UInt8]) -> (encoding: InputEncoding, length: Int)? {
        if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32le, 4) }
        if prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32be, 4) }
        if prefix.starts(with: [0xFF, 0xFE]) { return (.utf16le, 2) }
        if prefix.starts(with: [0xFE, 0xFF]) { return (.utf16be, 2) }
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        return nil
    }

    /// What `prefix` looks like when it has no byte-order mark but is plainly not UTF-8 text:
    /// UTF-16 or UTF-32 put NUL bytes beside every ASCII letter, at even or odd offsets.
    package static func likelyWideEncoding(_ prefix: [UInt8]) -> InputEncoding? {
        let sample = prefix.prefix(4096)
        guard sample.count >= 8, sample.contains(0) else { return nil }
        var zerosAt = [0, 0, 0, 0]
        for (offset, byte) in sample.enumerated() where byte == 0 { zerosAt[offset % 4] += 1 }
        let quarter = sample.count / 4
        if zerosAt[1] > quarter * 3 / 4, zerosAt[2] > quarter * 3 / 4, zerosAt[3] > quarter * 3 / 4 { return .utf32le }
        if zerosAt[0] > quarter * 3 / 4, zerosAt[1] > quarter * 3 / 4, zerosAt[2] > quarter * 3 / 4 { return .utf32be }
        let odd = zerosAt[1] + zerosAt[3], even = zerosAt[0] + zerosAt[2]
        if odd > sample.count / 4 && even < odd / 8 { return .utf16le }
        if even > sample.count / 4 && odd < even / 8 { return .utf16be }
        return nil
    }
}
