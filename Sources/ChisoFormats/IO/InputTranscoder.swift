import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns an input in another encoding into a UTF-8 copy that every reader of chiso reads,
/// through the system iconv (glibc's, or libiconv on macOS): one conversion in front of the
/// readers instead of an encoding in each. Lines stay lines, so `file:line` in later errors
/// still points into the user's file.
package enum InputTranscoder {
    /// The file to read for `path`: `path` itself when it is UTF-8 (with or without a
    /// byte-order mark), else a UTF-8 copy in a temporary file that `cleanup` removes.
    /// `declared` is `--encoding`; without it a UTF-16/UTF-32 byte-order mark decides, and a
    /// file that plainly is UTF-16 without one is refused in words naming the option to pass.
    package static func utf8Path(for path: String, shownAs name: String, declared: InputEncoding?) throws(InputError) -> (path: String, cleanup: () -> Void) {
        let prefix = readPrefix(path)
        let bom = InputEncoding.byteOrderMark(prefix)
        var encoding = declared ?? bom?.encoding ?? .utf8
        // "--encoding utf-16" with a big-endian mark: the mark tells the byte order.
        if let declared, let bom, [.utf16le, .utf16be].contains(declared) && [.utf16le, .utf16be].contains(bom.encoding)
            || [.utf32le, .utf32be].contains(declared) && [.utf32le, .utf32be].contains(bom.encoding) {
            encoding = bom.encoding
        }
        if encoding == .utf8 {
            if declared == nil, let wide = InputEncoding.likelyWideEncoding(prefix) {
                throw InputError(file: name, line: 0, message: "the file looks like \(wide.rawValue.uppercased()) text without a byte-order mark (NUL bytes beside every letter); pass --encoding \(wide.rawValue), or save it as UTF-8")
            }
            return (path, {})
        }
        let skip = bom.map { $0.encoding == encoding ? $0.length : 0 } ?? 0
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("chiso-input-\(getpid())-\(UUID().uuidString.prefix(8)).utf8").path
        do {
            try convert(path, skipping: skip, from: encoding, to: scratch, shownAs: name)
        } catch {
            unlink(scratch)
            throw error
        }
        return (scratch, { unlink(scratch) })
    }

    private static func readPrefix(_ path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 4096)) ?? Data())
    }

    /// Streams `path` through iconv into `output`, 64 KiB at a time.
    private static func convert(_ path: String, skipping skip: Int, from encoding: InputEncoding,
                                to output: String, shownAs name: String) throws(InputError) {
        func fail(_ line: Int, _ message: String) -> InputError { InputError(file: name, line: line, message: message) }
        guard let input = FileHandle(forReadingAtPath: path) else { throw fail(0, "cannot open the file to read it") }
        defer { try? input.close() }
        guard FileManager.default.createFile(atPath: output, contents: nil, attributes: [.posixPermissions: 0o600]),
              let out = FileHandle(forWritingAtPath: output) else {
            throw fail(0, "cannot create a temporary file to convert it from \(encoding.rawValue)")
        }
        defer { try? out.close() }
        let converter = iconv_open("UTF-8", encoding.iconvName)
        guard converter != iconv_t(bitPattern: -1) else {
            throw fail(0, "this system's iconv cannot convert from \(encoding.rawValue); convert the file to UTF-8 first")
        }
        defer { iconv_close(converter) }
        if skip > 0 { _ = try? input.read(upToCount: skip) }
        var carry: [UInt8] = []                  // an incomplete character at a chunk's end
        var outBuffer = [UInt8](repeating: 0, count: 1 << 18)
        var line = 1
        var consumed = skip
        while true {
            let chunk = (try? input.read(upToCount: 1 << 16)) ?? Data()
            let atEnd = chunk.isEmpty
            var bytes = carry + [UInt8](chunk)
            if bytes.isEmpty { break }
            var inLeft = bytes.count
            var converted = 0
            let result: (status: Int, error: Int32) = bytes.withUnsafeMutableBytes { inRaw in
                outBuffer.withUnsafeMutableBytes { outRaw in
                    var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var status = 0
                    var error: Int32 = 0
                    while inLeft > 0 {
                        var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                        var outLeft = outRaw.count
                        status = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft)
                        error = status == -1 ? errno : 0
                        let produced = outRaw.count - outLeft
                        if produced > 0 {
                            let piece = UnsafeRawBufferPointer(rebasing: outRaw[0..<produced])
                            line += piece.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                            out.write(Data(piece))
                            converted += produced
                        }
                        if status == -1 && error != E2BIG { break }
                    }
                    return (status, error)
                }
            }
            let used = bytes.count - inLeft
            consumed += used
            if result.status == -1 && result.error == EILSEQ {
                let byte = inLeft > 0 ? String(format: "0x%02X", bytes[used]) : "?"
                throw fail(line, "byte \(byte) at byte offset \(consumed) is not valid \(encoding.rawValue); check --encoding (utf-8, utf-16, utf-32, windows-1258, windows-1252)")
            }
            carry = Array(bytes[used...])
            bytes = []
            if atEnd {
                if !carry.isEmpty {
                    throw fail(line, "the file ends inside a character (\(carry.count) stray bytes); it is not complete \(encoding.rawValue)")
                }
                break
            }
        }
        // A stateful converter (Windows-1258 holds a letter back for a tone mark that may
        // follow) gives up what it holds when called without input.
        outBuffer.withUnsafeMutableBytes { outRaw in
            var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var outLeft = outRaw.count
            _ = iconv(converter, nil, nil, &outPtr, &outLeft)
            if outRaw.count > outLeft { out.write(Data(UnsafeRawBufferPointer(rebasing: outRaw[0..<(outRaw.count - outLeft)]))) }
        }
    }
}
