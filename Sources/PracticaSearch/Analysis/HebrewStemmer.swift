/// A light, conservative stemmer for unvocalized Hebrew (niqqud is removed by
/// normalization before it runs). Rules, in order:
/// 1. Final letter forms become ordinary forms: ך→כ, ם→מ, ן→נ, ף→פ, ץ→צ.
/// 2. Prefix letters (see `HebrewPrefixes`) are stripped only with a vocabulary, and only
///    when what remains, as written or stemmed, is in it; the longest such prefix wins and
///    at least two letters must remain. Without a vocabulary nothing is stripped.
/// 3. One ending is removed, the first that applies, keeping at least the letters given:
///    ים plural (2 left: ילדים→ילד), ות plural (2: משפחות→משפח),
///    ה feminine singular (2: משפחה→משפח), ת construct of ה (3: משפחת→משפח),
///    י construct of ים (3: ילדי→ילד).
public struct HebrewStemmer: Sendable {
    /// A stemmer; it holds no state.
    public init() {}

    /// The stem of one Hebrew word, stripping prefixes only where `vocabulary` knows the rest.
    public func stem(_ word: String, vocabulary: Set<String>? = nil) -> String {
        var scalars = word.scalarValues
        stem(&scalars, vocabulary: vocabulary)
        return String(scalarValues: scalars)
    }

    /// Stems scalar values in place.
    func stem(_ word: inout [UInt32], vocabulary: Set<String>?) {
        let written = word
        for index in word.indices { word[index] = Self.ordinaryForm(word[index]) }
        if let vocabulary, let remainder = Self.knownRemainder(written, word, in: vocabulary) {
            word = remainder
            return
        }
        Self.removeEnding(&word)
    }

    /// The stem after the longest prefix whose remainder the vocabulary knows, if any;
    /// `written` keeps final letter forms (a vocabulary of tokens), `folded` does not.
    static func knownRemainder(
        _ written: [UInt32], _ folded: [UInt32], in vocabulary: Set<String>
    ) -> [UInt32]? {
        var known: [UInt32]?
        forEachCandidate(folded) { remainder, length in
            guard vocabulary.contains(String(scalarValues: remainder)) || vocabulary.contains(String(scalarValues: written[length...]))
            else { return true }
            known = remainder
            return false
        }
        return known
    }

    /// Every word `knownRemainder` may look up for this token: what a document's analysis depends on
    /// besides its own text, so that a cache can tell when a vocabulary change touches it.
    static func vocabularyQuestions(_ written: [UInt32], into questions: inout Set<String>) {
        forEachCandidate(written.map(ordinaryForm)) { remainder, length in
            questions.insert(String(scalarValues: remainder))
            questions.insert(String(scalarValues: written[length...]))
            return true
        }
    }

    /// Calls `body` with each prefix's length and the stemmed remainder after it, longest prefix first,
    /// while it returns true.
    private static func forEachCandidate(_ folded: [UInt32], _ body: (_ remainder: [UInt32], _ prefixLength: Int) -> Bool) {
        for length in HebrewPrefixes.lengths(of: folded) where folded.count - length >= 2 {
            var remainder = Array(folded[length...])
            removeEnding(&remainder)
            guard body(remainder, length) else { return }
        }
    }

    /// Removes the first plural or construct ending that leaves enough letters.
    static func removeEnding(_ word: inout [UInt32]) {
        let count = word.count
        for rule in endings where count - rule.ending.count >= rule.keep {
            if ScalarText.hasSuffix(word, length: count, rule.ending) {
                word.removeLast(rule.ending.count)
                return
            }
        }
    }

    /// Endings in the order they are tried, with the letters each must leave; they are
    /// matched after final forms are replaced, so ים is matched as ימ.
    static let endings: [(ending: [UInt32], keep: Int)] = [
        ("ים", 2), ("ות", 2), ("ה", 2), ("ת", 3), ("י", 3),
    ].map { ($0.0.scalarValues.map(ordinaryForm), $0.1) }

    /// The ordinary form of a final letter (ך ם ן ף ץ each precede their ordinary form).
    @inline(__always)
    static func ordinaryForm(_ letter: UInt32) -> UInt32 {
        switch letter {
        case 0x5DA, 0x5DD, 0x5DF, 0x5E3, 0x5E5: return letter + 1
        default: return letter
        }
    }
}
