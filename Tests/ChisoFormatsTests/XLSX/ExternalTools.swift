import Foundation

/// Runs a program and returns its exit status and stdout, for checking written files with
/// independent readers (unzip, Python's zipfile, openpyxl).
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

func python(_ script: String, _ arguments: String...) throws -> (status: Int32, output: String) {
    try run("/usr/bin/env", ["python3", "-c", script] + arguments)
}

let hasUnzip = FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")
let hasPython = (try? python("print(1)").status) == 0
let hasOpenpyxl = (try? python("import openpyxl").status) == 0

func temporaryPath(_ suffix: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("chiso-\(UUID().uuidString)\(suffix)").path
}
