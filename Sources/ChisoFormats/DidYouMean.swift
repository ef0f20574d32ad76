/// " did you mean a, b or c?" for a list of suggestions, "" for none.
package func didYouMean(_ suggestions: [String]) -> String {
    guard let last = suggestions.last else { return "" }
    let list = suggestions.count == 1 ? last : suggestions.dropLast().joined(separator: ", ") + " or " + last
    return "; did you mean \(list)?"
}
