/// Turns text into search terms for one language, identically at build time (here) and
/// in the browser (templates/assets/js/analysis/analysis.js); both are checked against
/// Tests/Shared/analysis-cases.json.
///
/// Terms are tokens (see `tokenize`) stemmed for the language: English (Snowball Porter2),
/// Russian (Snowball), Bulgarian (Savoy's light stemmer), Hebrew (light prefix and suffix
/// stripping). Other languages get the tokens unchanged.
public struct Analyzer: Sendable {
    /// The primary language subtag this analyzer serves, lowercased ("en" for "en-GB").
    public let language: String
    let stemmer: LanguageStemmer

    /// The analysis applied, e.g. "snowball-english" or "plain"; the browser's analyzer for
    /// the same language reports the same name, so an index can record what built it.
    public var name: String { stemmer.name }

    /// Whether `terms(_:vocabulary:)` makes use of a vocabulary (Hebrew prefix stripping).
    public var usesVocabulary: Bool { stemmer == .hebrew }

    /// An analyzer for a BCP 47 language tag such as "ru" or "en-GB".
    public init(language: String) {
        let primary = language.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" }).first
        self.language = primary.map { $0.lowercased() } ?? ""
        self.stemmer = LanguageStemmer(primaryLanguage: self.language)
    }

    /// The terms of `text` in order, repeats included. For Hebrew, `vocabulary` holds what
    /// the corpus knows: prefix letters are stripped only where the remainder, as written
    /// or stemmed, is in it. At build time pass `vocabulary(of:)` of all texts (plain
    /// tokens work too, less well); at query time the index's terms. Others ignore it.
    public func terms(_ text: String, vocabulary: Set<String>? = nil) -> [String] {
        termsAndTokens(text, memo: TermMemo(vocabulary: vocabulary)).terms
    }

    /// `terms(text, vocabulary:)` and `Analyzer.tokenize(text)` from one pass over the text: the index needs
    /// both (the tokens name each term's commonest written form), and tokenizing twice was a fifth of its time.
    /// A token met before takes its term from `memo`, which holds the vocabulary.
    func termsAndTokens(_ text: String, memo: TermMemo) -> (terms: [String], tokens: [String]) {
        var terms: [String] = [], tokens: [String] = []
        var bytes: [UInt8] = []
        var word: [UInt32] = []
        Tokenizer.forEachToken(in: text) { token in
            let written = ScalarText.string(token, using: &bytes)
            tokens.append(written)
            terms.append(memo.term(written) { stemmed(token, into: &word, vocabulary: memo.vocabulary, bytes: &bytes) ?? written })
        }
        return (terms, tokens)
    }

    /// The token's term, spelled out; nil when stemming left it as written.
    private func stemmed(_ token: [UInt32], into word: inout [UInt32], vocabulary: Set<String>?, bytes: inout [UInt8]) -> String? {
        word.removeAll(keepingCapacity: true)
        word.append(contentsOf: token)
        stemmer.stem(&word, vocabulary: vocabulary)
        return word == token ? nil : ScalarText.string(word, using: &bytes)
    }

    /// The build-time vocabulary for `terms(_:vocabulary:)`: every term of `texts`
    /// analysed without one, so inflected forms count as known.
    public func vocabulary(of texts: some Sequence<String>) -> Set<String> {
        Set(vocabulary(of: texts, memo: TermMemo(vocabulary: nil)).lazy.map(\.text))
    }

    /// `vocabulary(of:)` as terms, taking the terms of tokens met before from `memo` (made without a vocabulary).
    /// Terms hash their bytes: a set of strings normalized every Hebrew word again on each insert.
    func vocabulary(of texts: some Sequence<String>, memo: TermMemo) -> Set<Term> {
        var known = Set<Term>()
        for text in texts {
            for term in termsAndTokens(text, memo: memo).terms { known.insert(Term(term)) }
        }
        return known
    }

    /// Adds the words the analysis of `text` may look up in a vocabulary (Hebrew prefix stripping);
    /// adds nothing for languages that use none.
    func vocabularyQuestions(_ text: String, into questions: inout Set<String>) {
        guard usesVocabulary else { return }
        Tokenizer.forEachToken(in: text) { token in
            guard token.count <= LanguageStemmer.maximumLength else { return }
            HebrewStemmer.vocabularyQuestions(token, into: &questions)
        }
    }

    /// The stem of one word after normalization (the word is not split into tokens).
    public func stem(_ word: String) -> String {
        var scalars = TextNormalizer.normalize(word).scalarValues
        stemmer.stem(&scalars, vocabulary: nil)
        return String(scalarValues: scalars)
    }

    /// NFKC, lowercase, diacritics and Hebrew points removed, ё → е; punctuation is kept.
    public static func normalize(_ text: String) -> String {
        TextNormalizer.normalize(text)
    }

    /// The normalized tokens of `text`: runs of letters and digits, split at apostrophes,
    /// hyphens and other punctuation; Han and hiragana characters stand alone.
    public static func tokenize(_ text: String) -> [String] {
        Tokenizer.tokens(text)
    }
}
