/// The one-letter words Hebrew writes joined to the next word, in the order they can
/// stack: ו "and", then ש "that" / כש "when" / מש "since", then one of ב "in", כ "as",
/// ל "to", מ "from", then ה "the". So וכשה, משה, ול, מה are prefixes; ב, כ and ל absorb
/// the article in unvocalized spelling, so בה, כה and לה are not.
enum HebrewPrefixes {
    static let vav: UInt32 = 0x5D5, shin: UInt32 = 0x5E9, kaf: UInt32 = 0x5DB
    static let mem: UInt32 = 0x5DE, bet: UInt32 = 0x5D1, lamed: UInt32 = 0x5DC
    static let he: UInt32 = 0x5D4

    /// Lengths of every prefix sequence `word` starts with, longest first.
    static func lengths(of word: [UInt32]) -> [Int] {
        var result: [Int] = []
        let conjunctions = word.first == vav ? [0, 1] : [0]
        for conjunction in conjunctions {
            for relative in relativeLengths(word, at: conjunction) {
                let afterRelative = conjunction + relative
                let hasPreposition = afterRelative < word.count && isPreposition(word[afterRelative])
                for preposition in hasPreposition ? [0, 1] : [0] {
                    let position = afterRelative + preposition
                    let absorbsArticle = preposition == 1 && word[afterRelative] != mem
                    let hasArticle = !absorbsArticle && position < word.count && word[position] == he
                    for article in hasArticle ? [0, 1] : [0] {
                        let total = position + article
                        if total > 0, !result.contains(total) { result.append(total) }
                    }
                }
            }
        }
        return result.sorted(by: >)
    }

    /// Lengths of ש, כש or מש at `position` (0 for none).
    private static func relativeLengths(_ word: [UInt32], at position: Int) -> [Int] {
        var lengths = [0]
        guard position < word.count else { return lengths }
        if word[position] == shin { lengths.append(1) }
        if position + 1 < word.count, word[position + 1] == shin,
            word[position] == kaf || word[position] == mem
        {
            lengths.append(2)
        }
        return lengths
    }

    private static func isPreposition(_ letter: UInt32) -> Bool {
        letter == bet || letter == kaf || letter == lamed || letter == mem
    }
}
