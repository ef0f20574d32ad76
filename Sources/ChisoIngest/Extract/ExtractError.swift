import ChisoFormats

/// Why a report could not be read for extraction: one line naming the file, what was wrong
/// and what was expected. The same value as the document readers' error (a report that cannot
/// be read is one kind of failure, whether its bytes or its format are at fault), so a
/// reader's error reaches the user unchanged.
package typealias ExtractError = DocumentError
