import Foundation

/// SplitMix64, a tiny generator with a fixed seed: a fuzz run is the same run on every machine,
/// so a failure found in CI replays locally. (https://prng.di.unimi.it/splitmix64.c)
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Seeded random fuzzing of a parser: every corpus entry, then `iterations` mutants of them
/// (byte flips, interesting bytes, grammar tokens, repeated slices, splices of two entries).
///
/// The target runs on a thread of its own under a wall-clock guard, so a hang fails the test
/// (naming the input in flight) instead of blocking the suite; a crash ends the test process,
/// and `CHISO_FUZZ_LOG=1` prints each input before it is fed so the last line names it.
/// `CHISO_FUZZ_ITERATIONS` and `CHISO_FUZZ_SEED` run longer or other mutants (docs/fuzzing.md).
package enum Fuzz {
    package static let defaultSeed: UInt64 = 0xC4150_2026

    /// What a run saw: how many inputs finished, the target's complaints, and the input that
    /// was still running when the guard tripped.
    package struct Report: Sendable {
        package var inputs = 0
        package var failures: [String] = []
        package var hang: String?
        package var seconds = 0.0
    }

    /// `CHISO_FUZZ_ITERATIONS` when set, else `defaultCount` (bounded for CI).
    package static func iterations(default defaultCount: Int) -> Int {
        ProcessInfo.processInfo.environment["CHISO_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? defaultCount
    }

    package static var seed: UInt64 {
        ProcessInfo.processInfo.environment["CHISO_FUZZ_SEED"].flatMap { UInt64($0) } ?? defaultSeed
    }

    /// Feeds the corpus and the mutants to the target that `makeTarget` builds on the worker
    /// thread; the target returns nil when the input was handled (a value or the parser's
    /// typed error) or says what was wrong. The guard allows `secondsPerThousand` for every
    /// thousand inputs and at least 60 s: generous, it trips only on a real hang.
    package static func run(
        corpus: [[UInt8]], tokens: [[UInt8]], iterations: Int, seed: UInt64 = Fuzz.seed,
        secondsPerThousand: Double = 30,
        makeTarget: @escaping @Sendable () throws -> ([UInt8]) -> String?
    ) -> Report {
        let state = SharedState()
        let done = DispatchSemaphore(value: 0)
        let log = ProcessInfo.processInfo.environment["CHISO_FUZZ_LOG"] == "1"
        let worker = Thread {
            defer { done.signal() }
            let started = Date()
            let target: ([UInt8]) -> String?
            do {
                target = try makeTarget()
            } catch {
                state.fail("cannot set up the target: \(error)")
                return
            }
            var random = SplitMix64(seed: seed)
            let parents = corpus.filter { $0.count <= 4096 }
            for n in 0..<(corpus.count + iterations) {
                let input = n < corpus.count ? corpus[n] : mutant(of: parents, tokens: tokens, using: &random)
                state.begin(input)
                if log { FileHandle.standardError.write(Data("fuzz input \(n): \(describe(input))\n".utf8)) }
                let began = Date()
                if let problem = target(input) { state.fail("\(problem) — input \(n): \(describe(input))") }
                if log { FileHandle.standardError.write(Data("fuzz input \(n) took \(Int(Date().timeIntervalSince(began) * 1000)) ms\n".utf8)) }
                state.finish(seconds: Date().timeIntervalSince(started))
            }
        }
        worker.stackSize = 8 << 20      // the CLI's main thread has 8 MiB
        worker.start()
        let limit = max(60, Double(corpus.count + iterations) / 1000 * secondsPerThousand)
        if done.wait(timeout: .now() + limit) == .timedOut {
            state.hang(after: limit)
        }
        return state.report
    }

    /// A message fit for one terminal line: not empty, no line break or other control character.
    package static func isOneLine(_ message: String) -> Bool {
        !message.isEmpty && !message.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
        }
    }

    /// The input as a Swift string literal, shortened: what a failure message shows.
    package static func describe(_ input: [UInt8]) -> String {
        let text = String(decoding: input.prefix(200), as: UTF8.self)
        let shown = String(reflecting: text)
        return input.count > 200 ? "\(shown)… (\(input.count) bytes)" : shown
    }

    /// One to four mutations stacked on a random parent.
    static func mutant(of parents: [[UInt8]], tokens: [[UInt8]], using random: inout SplitMix64) -> [UInt8] {
        var bytes = parents.randomElement(using: &random) ?? []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            mutate(&bytes, parents: parents, tokens: tokens, using: &random)
        }
        return bytes
    }

    private static let interesting: [UInt8] = [0x00, 0x0A, 0x0D, 0x09, 0x22, 0x27, 0x2C, 0x3B, 0x28, 0x29, 0x2F, 0x2D,
                                               0x20, 0x30, 0x39, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xCC, 0xE1, 0xED, 0xEF, 0xF4, 0xFF]

    private static func mutate(_ bytes: inout [UInt8], parents: [[UInt8]], tokens: [[UInt8]], using random: inout SplitMix64) {
        let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0 where !bytes.isEmpty:                                   // flip a bit
            let i = Int.random(in: 0..<bytes.count, using: &random)
            bytes[i] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1:                                                        // an interesting byte
            bytes.insert(interesting.randomElement(using: &random) ?? 0, at: at)
        case 2 where !tokens.isEmpty:                                  // a grammar token
            bytes.insert(contentsOf: tokens.randomElement(using: &random) ?? [], at: at)
        case 3 where !bytes.isEmpty:                                   // delete a slice
            let end = min(bytes.count, at + Int.random(in: 1...16, using: &random))
            bytes.removeSubrange(min(at, end)..<end)
        case 4 where !bytes.isEmpty:                                   // repeat a slice (deep nesting, long fields)
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let slice = bytes[start..<min(bytes.count, start + Int.random(in: 1...8, using: &random))]
            let times = [2, 10, 100, 1000].randomElement(using: &random) ?? 2
            bytes.insert(contentsOf: Array([[UInt8]](repeating: Array(slice), count: times).joined()), at: at)
        case 5:                                                        // splice with another entry
            let other = parents.randomElement(using: &random) ?? []
            let cut = other.isEmpty ? 0 : Int.random(in: 0...other.count, using: &random)
            bytes = Array(bytes[..<at]) + other[cut...]
        default:                                                       // replace a byte
            guard !bytes.isEmpty else { return }
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        }
    }
}

/// The run's report, shared by the worker and the waiting test under a lock.
private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var current: [UInt8] = []
    private var state = Fuzz.Report()

    var report: Fuzz.Report { lock.withLock { state } }

    func begin(_ input: [UInt8]) { lock.withLock { current = input } }

    func finish(seconds: Double) {
        lock.withLock {
            state.inputs += 1
            state.seconds = seconds
        }
    }

    func fail(_ message: String) {
        lock.withLock { if state.failures.count < 20 { state.failures.append(message) } }
    }

    func hang(after seconds: Double) {
        lock.withLock { state.hang = "no answer after \(Int(seconds)) s to \(Fuzz.describe(current)) (after \(state.inputs) inputs)" }
    }
}
