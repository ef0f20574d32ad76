extension Period {
    /// Every folded word a Vietnamese period phrase can hold: the words `PeriodPhraseParser`
    /// compares tokens with (fillers, terms, numerals, year words) and the letters of a code
    /// ("2023-Q3"). `parse` refuses a phrase holding any other word, so a scanner trying ever
    /// longer spans of a report (`chiso extract`) stops at the first such word instead of
    /// parsing spans that cannot be periods. A word the grammar learns must be added here:
    /// `PeriodPhraseVocabularyTests` reads the parser's source and fails until it is.
    package static let phraseWords: Set<String> = [
        // fillers and range words
        "tinh", "den", "het", "toi", "cho", "tu", "ke", "bat", "dau", "rieng", "trong", "vao", "cua",
        "ket", "qua", "trich", "xuat", "luy", "tai", "thoi", "diem", "ca", "sau",
        // terms and their prefixes
        "giai", "doan", "nhiem", "ky", "nam", "quy", "q", "h", "thang", "t", "ngay", "nua", "cuoi",
        "nay", "hien", "hom", "cung", "truoc", "ngoai",
        // numerals of quarters and month counts, and the quarters' "và"
        "i", "ii", "iii", "iv", "mot", "hai", "ba", "bon", "lam", "bay", "tam", "chin", "muoi", "va",
    ]

    /// Every symbol a period phrase can hold (dashes of every width are read as "-"): separators
    /// of dates and ranges, the comma of fillers and quarter lists, and what may trail a phrase.
    package static let phraseSymbols: Set<Character> = [",", "-", "/", ".", ";", ":", ")"]
}
