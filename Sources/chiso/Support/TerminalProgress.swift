import Foundation

/// A `\r`-updated line on standard error while a long command runs, only when standard error
/// is a terminal (never in a pipe, a file or a test's captured output), at most ten times a
/// second, erased before the command's own last lines.
final class TerminalProgress {
    private let enabled: Bool
    private let start = Date()
    private var last = -1.0
    private var shown = false

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) { self.enabled = enabled }

    /// Shows `text` (one short line) if a tenth of a second has passed since the last one,
    /// or at once when `always` (a new stage of the work).
    func show(_ text: @autoclosure () -> String, always: Bool = false) {
        guard enabled else { return }
        let now = Date().timeIntervalSince(start)
        guard always || now - last >= 0.1 else { return }
        last = now
        FileHandle.standardError.write(Data(("\r" + text() + "\u{1B}[K").utf8))
        shown = true
    }

    /// Erases the line, so what follows starts on a clean line.
    func clear() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }

    deinit { clear() }
}
