import Foundation

/// The normalization every search term goes through, defined once so that the
/// browser (templates/assets/js/analysis/normalize.js) can repeat it step by step:
/// NFKC → lowercase (full, context-free; final ς → σ) → NFD → drop diacritics → NFC.
enum TextNormalizer {
    /// The reference normalization of any text; the tokenizer's fast path must agree with it.
    static func normalize(_ text: String) -> String {
        if text.isEmpty { return text }
        // Lowercasing after NFKC catches compatibility forms (e.g. ＡＢ, ℌ) that only
        // become ordinary capitals once decomposed.
        let folded = composed(text, compatibility: true).lowercased()
        let decomposed = folded.decomposedStringWithCanonicalMapping
        var kept = String.UnicodeScalarView()
        var previous: UInt32 = 0
        for var scalar in decomposed.unicodeScalars {
            if scalar == "ς" { scalar = "σ" }  // JS lowercases Σ by context; fold both to σ
            if isDropped(scalar.value, after: previous) { continue }
            kept.append(scalar)
            previous = scalar.value
        }
        return composed(String(kept), compatibility: false)
    }

    /// NFKC or NFC, working around two bugs in Foundation's composition (checked against
    /// ICU, which browsers use): it takes the jamo just outside the modern Hangul ranges
    /// (L U+1113, V U+1176, T U+11A7 and U+11C3) as composable, and it composes a
    /// supplementary-plane starter with a following mark as if the starter were its low
    /// 16 bits (U+10041 + U+0301 → Á). Neither kind composes with its neighbours, except
    /// in the Brahmic blocks below, so each is normalized on its own between pieces.
    static func composed(_ text: String, compatibility: Bool) -> String {
        func form(_ piece: String) -> String {
            compatibility
                ? piece.precomposedStringWithCompatibilityMapping
                : piece.precomposedStringWithCanonicalMapping
        }
        guard text.unicodeScalars.contains(where: needsOwnPiece) else { return form(text) }
        var result = String.UnicodeScalarView()
        var piece = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsOwnPiece(scalar) else { piece.append(scalar); continue }
            result.append(contentsOf: form(String(piece)).unicodeScalars)
            result.append(contentsOf: form(String(Character(scalar))).unicodeScalars)
            piece = String.UnicodeScalarView()
        }
        result.append(contentsOf: form(String(piece)).unicodeScalars)
        return String(result)
    }

    private static func needsOwnPiece(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1113, 0x1176, 0x11A7, 0x11C3: return true
        // Kaithi, Chakma, Grantha, Tirhuta, Siddham… compose correctly and must stay joined.
        case 0x11000...0x11DFF, 0x16000...0x16FFF: return false
        case 0x10000...: return true
        default: return false
        }
    }

    /// Whether the decomposed scalar `value` is a diacritic to remove, given the last kept scalar.
    static func isDropped(_ value: UInt32, after previous: UInt32) -> Bool {
        // The breve of й and ў is part of the letter in Russian, Bulgarian and Belarusian.
        if value == 0x0306, previous == 0x0438 || previous == 0x0443 { return false }
        guard inDiacriticBlock(value) else { return false }
        return isMark(value)
    }

    /// Blocks whose combining marks are accents or vowel points rather than letters:
    /// Latin/Greek/Cyrillic diacritics, Cyrillic titlo, Hebrew niqqud and cantillation,
    /// Arabic harakat; plus variation selectors (emoji and glyph variants), which would
    /// otherwise be left over as tokens. Marks of other scripts (Indic vowel signs, kana
    /// voicing) are kept.
    static func inDiacriticBlock(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05C7, 0x0610...0x061A,
            0x064B...0x065F, 0x0670, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF,
            0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar is a combining mark (general category M*).
    static func isMark(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether a scalar can be part of a token: a letter, a digit or other number, or a mark.
    static func isWordScalar(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Han ideographs and hiragana: scripts written without spaces, where each character
    /// is its own token (as in Unicode word segmentation, UAX #29).
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x3005, 0x3007, 0x3041...0x3096, 0x309D...0x309F, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
