/// Each written token's term, remembered within one run of analysis: one language, one vocabulary, one thread.
///
/// Words repeat: at 500 practices the Hebrew stemmer ran 9,142 times with the memo and 180,694 without, and
/// stemming a word again and spelling the stem out as a string was most of the analysis.
final class TermMemo {
    private var terms: [Term: String] = [:]
    /// The vocabulary the terms were found with (`Analyzer.terms(_:vocabulary:)`): another vocabulary gives other terms.
    let vocabulary: Set<String>?

    init(vocabulary: Set<String>?) { self.vocabulary = vocabulary }

    /// The term of `written`, made by `make` the first time it is asked for.
    func term(_ written: String, _ make: () -> String) -> String {
        let key = Term(written)
        if let known = terms[key] { return known }
        let term = make()
        terms[key] = term
        return term
    }
}
