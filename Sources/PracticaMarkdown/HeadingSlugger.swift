import Foundation

/// Makes heading anchors: readable in any script, and unique within one document.
struct HeadingSlugger {
    /// Long enough for any sensible heading; keeps URLs of absurd ones short.
    static let maximumLength = 80
    /// For a heading with no letters or digits at all ("???", emoji only).
    static let fallback = "section"

    private var used: Set<String>
    /// The next suffix to try per base slug, so many equal headings cost linear time, not quadratic.
    private var nextSuffix: [String: Int] = [:]

    /// A slugger that treats `reserved` as taken before the first heading.
    init(reserved: Set<String> = []) { used = reserved }

    /// The slug of `text`, with `-1`, `-2`… appended when an earlier heading already took it.
    mutating func anchor(for text: String) -> String {
        // Most documents have a handful of headings: room for them at once, not tables grown four times.
        if nextSuffix.isEmpty {
            used.reserveCapacity(used.count + 16)
            nextSuffix.reserveCapacity(16)
        }
        let base = Self.slug(text)
        var candidate = base
        var suffix = nextSuffix[base, default: 1]
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        used.insert(candidate)
        return candidate
    }

    /// Letters, digits and combining marks of every script, lowercased and in NFC (so precomposed and
    /// decomposed input agree); spaces and hyphens become single hyphens; other punctuation and symbols
    /// are dropped. Marks are kept because Hebrew points and Devanagari vowel signs are part of the word.
    static func slug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var count = 0
        var pendingHyphen = false
        let lowercased = text.lowercased()
        // Foundation's normalization is the slow part of slugging; most headings are already in NFC.
        let normalized = isKnownNFC(lowercased) ? lowercased : lowercased.precomposedStringWithCanonicalMapping
        for scalar in normalized.unicodeScalars {
            if isWordPart(scalar) {
                let needed = pendingHyphen ? 2 : 1
                guard count + needed <= maximumLength else { break }
                if pendingHyphen { result.append("-") }
                result.append(scalar)
                count += needed
                pendingHyphen = false
            } else if scalar.isWhitespace || scalar == "-" {
                pendingHyphen = !result.isEmpty
            }
        }
        return result.isEmpty ? fallback : String(result)
    }

    /// Scalars that NFC leaves as they are wherever they stand: combining class 0, not replaced by another scalar,
    /// and never the second of a pair NFC composes. Latin up to the combining marks, Cyrillic and Hebrew letters,
    /// and general punctuation; `HeadingAnchorTests` checks each against Foundation.
    static let knownNFCRanges: [ClosedRange<UInt32>] = [
        0x0000...0x02FF, 0x0400...0x0482, 0x048A...0x052F, 0x05D0...0x05EA, 0x2010...0x2027, 0x2030...0x205E,
    ]

    /// Letters that headings in Russian, Bulgarian and Hebrew are mostly made of: а–я, ѐ–џ and א–ת.
    static let knownLetterRanges: [ClosedRange<UInt32>] = [0x0430...0x045F, 0x05D0...0x05EA]

    /// Whether `text` is certainly in NFC, told without normalizing it: every scalar in `knownNFCRanges`.
    static func isKnownNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in knownNFCRanges.contains { $0.contains(scalar.value) } }
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        }
        // Lowercase Cyrillic and Hebrew letters, told without a property lookup; a test checks them against it.
        if knownLetterRanges.contains(where: { $0.contains(scalar.value) }) { return true }
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
