/// A light stemmer for Bulgarian: Jacques Savoy's rules from "Searching Strategies for
/// the Bulgarian Language" (Information Retrieval 10, 2007), as implemented in Lucene's
/// BulgarianStemmer (org.apache.lucene.analysis.bg), including its fix of the -ен rule.
/// It removes the definite article, then plural endings, then one vowel ending.
public struct BulgarianStemmer: Sendable {
    /// A stemmer; it holds no state.
    public init() {}

    /// The light stem of one lowercase Bulgarian word.
    public func stem(_ word: String) -> String {
        var scalars = word.scalarValues
        stem(&scalars)
        return String(scalarValues: scalars)
    }

    /// Stems scalar values in place. Lengths are counted in scalars, as Lucene counts chars.
    func stem(_ s: inout [UInt32]) {
        var length = s.count
        guard length >= 4 else { return }
        if length > 5, ends(s, length, Suffix.ishta) {
            s.removeSubrange((length - 3)...)
            return
        }
        length = Self.removeArticle(s, length)
        length = Self.removePlural(&s, length)
        if length > 3 {
            if ends(s, length, Suffix.ya) { length -= 1 }
            if ends(s, length, Suffix.a) || ends(s, length, Suffix.o) || ends(s, length, Suffix.e) { length -= 1 }
        }
        if length > 4, ends(s, length, Suffix.en) {
            s[length - 2] = Letter.en
            length -= 1
        }
        // ъ before a final consonant is a fleeting vowel (вятър/ветрове).
        if length > 5, s[length - 2] == Letter.hardSign {
            s[length - 2] = s[length - 1]
            length -= 1
        }
        s.removeSubrange(length...)
    }

    /// The definite article: -ият, -ът, -то, -те, -та, -ия, -ят.
    static func removeArticle(_ s: [UInt32], _ length: Int) -> Int {
        if length > 6, ends(s, length, Suffix.iyat) { return length - 3 }
        if length > 5, Suffix.shortArticles.contains(where: { ends(s, length, $0) }) {
            return length - 2
        }
        if length > 4, ends(s, length, Suffix.yat) { return length - 2 }
        return length
    }

    /// Plural endings, restoring the consonant or vowel a plural alters.
    static func removePlural(_ s: inout [UInt32], _ length: Int) -> Int {
        if length > 6 {
            if ends(s, length, Suffix.ovtsi) { return length - 3 }  // -овци → -о
            if ends(s, length, Suffix.ove) { return length - 3 }
            if ends(s, length, Suffix.eve) {  // -еве → -й
                s[length - 3] = Letter.shortI
                return length - 2
            }
        }
        if length > 5 {
            if ends(s, length, Suffix.ishta) { return length - 3 }
            if ends(s, length, Suffix.ta) { return length - 2 }
            if ends(s, length, Suffix.tsi) {  // -ци → -к
                s[length - 2] = Letter.ka
                return length - 1
            }
            if ends(s, length, Suffix.zi) {  // -зи → -г
                s[length - 2] = Letter.ge
                return length - 1
            }
            if s[length - 3] == Letter.ie, s[length - 1] == Letter.i {  // -е?и → -я?
                s[length - 3] = Letter.ya
                return length - 1
            }
        }
        if length > 4 {
            if ends(s, length, Suffix.si) {  // -си → -х
                s[length - 2] = Letter.kha
                return length - 1
            }
            if ends(s, length, Suffix.i) { return length - 1 }
        }
        return length
    }

    private enum Letter {
        static let en: UInt32 = 0x43D, hardSign: UInt32 = 0x44A, shortI: UInt32 = 0x439
        static let ka: UInt32 = 0x43A, ge: UInt32 = 0x433, ie: UInt32 = 0x435
        static let i: UInt32 = 0x438, ya: UInt32 = 0x44F, kha: UInt32 = 0x445
    }

    /// The endings the rules test, as scalar values.
    private enum Suffix {
        static let ishta = "ища".scalarValues
        static let ya = "я".scalarValues
        static let a = "а".scalarValues
        static let o = "о".scalarValues
        static let e = "е".scalarValues
        static let en = "ен".scalarValues
        static let iyat = "ият".scalarValues
        static let at = "ът".scalarValues
        static let to = "то".scalarValues
        static let te = "те".scalarValues
        static let ta = "та".scalarValues
        static let iya = "ия".scalarValues
        static let yat = "ят".scalarValues
        static let ovtsi = "овци".scalarValues
        static let ove = "ове".scalarValues
        static let eve = "еве".scalarValues
        static let tsi = "ци".scalarValues
        static let zi = "зи".scalarValues
        static let si = "си".scalarValues
        static let i = "и".scalarValues
        static let shortArticles = [at, to, te, ta, iya]
    }
}

/// Whether the first `length` scalars of `s` end with `suffix`.
@inline(__always)
private func ends(_ s: [UInt32], _ length: Int, _ suffix: [UInt32]) -> Bool {
    ScalarText.hasSuffix(s, length: length, suffix)
}
