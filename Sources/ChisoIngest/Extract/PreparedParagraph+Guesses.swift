extension PreparedParagraph {
    /// `guesser.guess(figure, in: words)` for the `index`th figure of sentence `sentence`: the
    /// guess made ahead when the figure is still the one scanned (the rules may have moved or
    /// changed it since), else made now. The same answer either way: a guess depends only on
    /// the figure, its sentence's words and the catalogue.
    func guess(_ figure: ScannedFigure, at index: Int, in sentence: Int, guesser: IndicatorGuesser,
               words: IndicatorGuesser.Sentence) -> IndicatorGuesser.Guess? {
        if sentence < guesses.count, index < guesses[sentence].count, guesses[sentence][index].figure == figure {
            return guesses[sentence][index].guess
        }
        return guesser.guess(figure, in: words)
    }
}
