/// Splits text into normalized tokens: maximal runs of letters, numbers and marks
/// (apostrophes, hyphens and all other punctuation separate tokens), with Han and
/// hiragana characters as tokens of their own. The result always equals scanning
/// `TextNormalizer.normalize(text)`; ordinary text is folded through `FoldTable`
/// without building intermediate strings.
enum Tokenizer {
    /// Calls `body` with each token's scalar values, in order.
    static func forEachToken(in text: String, _ body: ([UInt32]) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var scanner = ChunkScanner()
            scanner.scan(bytes, body)
        }
    }

    /// Every token as a string.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        forEachToken(in: text) { result.append(String(scalarValues: $0)) }
        return result
    }
}

/// Walks UTF-8 in chunks between ASCII whitespace (where normalization can never join
/// neighbours), folding each chunk by table or, if any scalar needs context, by the
/// reference normalization.
private struct ChunkScanner {
    private var folded: [UInt32] = []
    private var token: [UInt32] = []

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: ([UInt32]) -> Void) {
        var table = FoldTable.pages.current
        var offset = 0, chunkStart = 0
        var needsContext = false
        while offset < bytes.count {
            let (value, length) = Self.decode(bytes, at: offset)
            if value == 0x20 || (value >= 0x09 && value <= 0x0D) {
                finishChunk(bytes, chunkStart..<offset, needsContext, body)
                needsContext = false
                chunkStart = offset + 1
            } else if !needsContext {
                let entry = value < 0x10000 ? self.entry(value, in: &table) : FoldTable.slow
                if entry == FoldTable.slow {
                    needsContext = true
                } else if entry != FoldTable.drop {
                    folded.append(entry)
                }
            }
            offset += length
        }
        finishChunk(bytes, chunkStart..<bytes.count, needsContext, body)
    }

    /// The fold table's entry, taking a newer snapshot when the scalar's page was not made yet.
    @inline(__always)
    private func entry(_ value: UInt32, in table: inout FoldTable.Snapshot) -> UInt32 {
        if let entry = table.entry(value) { return entry }
        table = FoldTable.pages.adding(value)
        return table.entry(value) ?? FoldTable.slow
    }

    private mutating func finishChunk(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needsContext: Bool,
        _ body: ([UInt32]) -> Void
    ) {
        if needsContext {
            folded.removeAll(keepingCapacity: true)
            let chunk = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            for scalar in TextNormalizer.normalize(chunk).unicodeScalars {
                folded.append(FoldTable.classify(scalar.value))
            }
        }
        emitTokens(body)
        folded.removeAll(keepingCapacity: true)
    }

    /// Cuts the folded chunk into tokens; a solo scalar is a token with only its marks.
    private mutating func emitTokens(_ body: ([UInt32]) -> Void) {
        var soloOpen = false
        for entry in folded {
            if entry == FoldTable.separator {
                flush(body)
                soloOpen = false
                continue
            }
            let isSolo = entry & FoldTable.soloFlag != 0
            let isMark = entry & FoldTable.markFlag != 0
            if isSolo || (soloOpen && !isMark) { flush(body) }
            if isSolo { soloOpen = true } else if !isMark { soloOpen = false }
            token.append(entry & FoldTable.valueMask)
        }
        flush(body)
    }

    private mutating func flush(_ body: ([UInt32]) -> Void) {
        guard !token.isEmpty else { return }
        body(token)
        token.removeAll(keepingCapacity: true)
    }

    /// Decodes one scalar; Swift strings are always valid UTF-8.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            let value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (value, 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        return (value, 4)
    }
}
