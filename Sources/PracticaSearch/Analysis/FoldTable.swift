import Foundation

/// What normalization does to each scalar of the Basic Multilingual Plane on its own,
/// precomputed from `TextNormalizer.normalize` so the tokenizer can fold ordinary text
/// without calling Foundation. A scalar is listed only when folding it alone gives the
/// same result as folding it inside any run of listed scalars; everything else is `slow`
/// and sends its whole whitespace-delimited chunk through the reference normalization.
enum FoldTable {
    /// Not foldable alone (context-dependent, expands to several scalars, or beyond the BMP).
    static let slow: UInt32 = 0xFFFF_FFFF
    /// A diacritic that normalization removes.
    static let drop: UInt32 = 0xFFFF_FFFE
    /// Folds to something that is not part of any token.
    static let separator: UInt32 = 0xFFFF_FFFD
    /// Flag on a folded value: the scalar is a token on its own (Han, hiragana).
    static let soloFlag: UInt32 = 0x4000_0000
    /// Flag on a folded value: the scalar is a combining mark (attaches to a solo scalar).
    static let markFlag: UInt32 = 0x2000_0000
    /// Mask recovering the scalar value from a flagged entry.
    static let valueMask: UInt32 = 0x001F_FFFF

    /// The entries made so far, in pages of 256 scalars. Each entry is a folded word scalar (maybe flagged),
    /// `drop`, `separator` or `slow`. Folding all 65,536 scalars of the plane took 0.3 s of every build's
    /// search stage; a site's text uses a few dozen pages.
    static let pages = Pages()

    /// Immutable snapshots of the pages made so far: a scan takes one and asks for a new one on a missing page.
    final class Pages: @unchecked Sendable {
        private let lock = NSLock()
        private var snapshot = Snapshot(pages: Array(repeating: nil, count: 0x100))

        var current: Snapshot { lock.withLock { snapshot } }

        /// A snapshot that has the page of `value`, made under the lock at most once per page.
        func adding(_ value: UInt32) -> Snapshot {
            lock.withLock {
                let page = Int(value >> 8)
                guard snapshot.pages[page] == nil else { return snapshot }
                var pages = snapshot.pages
                pages[page] = (UInt32(page) << 8..<UInt32(page + 1) << 8).map(FoldTable.entry(for:))
                snapshot = Snapshot(pages: pages)
                return snapshot
            }
        }
    }

    final class Snapshot: Sendable {
        let pages: [[UInt32]?]
        init(pages: [[UInt32]?]) { self.pages = pages }

        /// The entry of a BMP scalar, or nil when its page is not made yet.
        @inline(__always)
        func entry(_ value: UInt32) -> UInt32? { pages[Int(value >> 8)]?[Int(value & 0xFF)] }
    }

    /// The classified result of folding an arbitrary scalar (used on the slow path too).
    static func classify(_ value: UInt32) -> UInt32 {
        guard TextNormalizer.isWordScalar(value) else { return separator }
        if TextNormalizer.standsAlone(value) { return value | soloFlag }
        if TextNormalizer.isMark(value) { return value | markFlag }
        return value
    }

    private static func entry(for value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return slow }
        if TextNormalizer.isMark(value) {
            // The breve depends on the letter before it; other kept marks may compose.
            let droppable = TextNormalizer.inDiacriticBlock(value) && value != 0x0306
            return droppable ? drop : slow
        }
        if isJamo(value) { return slow }
        let folded = TextNormalizer.normalize(String(Character(scalar))).unicodeScalars
        guard folded.count == 1, let result = folded.first?.value else { return slow }
        // Marks and jamo compose with their neighbours under NFC, so they need context.
        if TextNormalizer.isMark(result) || isJamo(result) { return slow }
        return classify(result)
    }

    /// Hangul jamo (conjoining and compatibility) compose with neighbouring letters.
    private static func isJamo(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0xFFA0...0xFFDC:
            return true
        default:
            return false
        }
    }
}
