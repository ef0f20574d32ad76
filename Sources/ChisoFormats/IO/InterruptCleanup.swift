import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes what a half-finished output left behind when the user interrupts it.
///
/// While armed, SIGINT, SIGTERM, SIGHUP and SIGPIPE (`-o - | head`) run `cleanup` and end the
/// process as the signal would have (exit 128 + its number). The handlers run on a dispatch
/// queue, so the work on the main thread needs no cooperation. Only SIGKILL, which nothing can
/// catch, leaves the temporary file or folder behind. `AtomicFile` (one file) and the
/// `extract -o` bundle (a hidden folder) both use it.
package final class InterruptCleanup {
    private static let signals = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]
    private var sources: [any DispatchSourceSignal] = []

    /// Arms the handlers; `cleanup` must be safe to run from any thread.
    package init(_ cleanup: @escaping @Sendable () -> Void) {
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cleanup()
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Gives the signals back their default meaning once the output is complete or discarded.
    package func disarm() {
        guard !sources.isEmpty else { return }
        for source in sources { source.cancel() }
        sources = []
        for number in Self.signals { signal(number, SIG_DFL) }
    }

    deinit { disarm() }
}
