import Foundation

/// Standard error, for summaries and progress: standard output carries only data, so
/// `chiso export > file.csv` stays clean.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

/// Prints one line for people on standard error.
func note(_ text: String) {
    var err = StandardError()
    print(text, to: &err)
}
