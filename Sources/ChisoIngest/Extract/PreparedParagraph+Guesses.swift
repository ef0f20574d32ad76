extension PreparedParagraph {
    /// `guesser.guess(figure, in: words)` for the `index`th figure of sentence `sentence`: the
    /// guess made ahead when the figure is still the one scanned (the rules may have moved or
    /// changed it since), else made now. The same answer either way: a guess depends only on
    /// the figure, its sentence's words and the catalogue — and on the report's topic, when
    /// the rules give one (`topicComponents`, the index whose components may take the topic's
    /// name as if the sentence said it): the guess made ahead knows no topic, so it is used only
    /// when there is none.
    func guess(_ figure: ScannedFigure, at index: Int, in sentence: Int, guesser: IndicatorGuesser,
               words: IndicatorGuesser.Sentence, topic: Set<Int> = [], topicComponents: Set<Int> = []) -> IndicatorGuesser.Guess? {
        if topicComponents.isEmpty, sentence < guesses.count, index < guesses[sentence].count, guesses[sentence][index].figure == figure {
            return guesses[sentence][index].guess
        }
        return guesser.guess(figure, in: words, topic: topic, topicComponents: topicComponents)
    }
}
