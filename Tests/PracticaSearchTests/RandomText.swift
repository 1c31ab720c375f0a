/// A small deterministic generator, so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text mixing words and scalars from scripts, marks, compatibility forms,
/// jamo, emoji and punctuation: the places where normalization has context.
enum RandomText {
    static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x591...0x5F4,
        0x600...0x6FF, 0x900...0x97F, 0x1100...0x11FF, 0x1E00...0x1FFF, 0x2000...0x218F,
        0x2460...0x24FF, 0x3000...0x30FF, 0x3130...0x318F, 0x4E00...0x4E50, 0xAC00...0xAC50,
        0xFB00...0xFB4F, 0xFE00...0xFE0F, 0xFF00...0xFFEF, 0x10000...0x1007F, 0x1D400...0x1D4FF,
        0x1F300...0x1F3FF,
    ]
    static let words = ["Families", "семьи", "децата", "וְהַמִּשְׁפָּחוֹת", "café", "ЁЛКА", "don't", "日本語"]
    static let separators = [" ", "-", "'", "\u{A0}", "\n", "", ".", "\u{3000}"]

    static func make(using generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...10, using: &generator) {
            if Bool.random(using: &generator) {
                text += words[Int.random(in: 0..<words.count, using: &generator)]
            } else {
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    let range = ranges[Int.random(in: 0..<ranges.count, using: &generator)]
                    if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) {
                        text.unicodeScalars.append(scalar)
                    }
                }
            }
            text += separators[Int.random(in: 0..<separators.count, using: &generator)]
        }
        return text
    }
}
