import PracticaCore
import CCmarkGFM

/// Drops links and images whose destination would run code or embed content in the page.
/// cmark's safe mode only blanks such an `href`; we remove the element and keep its text.
enum UnsafeLinkFilter {
    /// `file:` is not asked for, but cmark blanks it anyway and it never works on a public site.
    static let blockedSchemes = ["javascript:", "vbscript:", "data:", "file:"]

    /// Whether a browser could read `destination` as one of the blocked schemes.
    static func isSafe(_ destination: String) -> Bool {
        // Without a colon, written or percent-encoded, there is no scheme at all: the common case.
        guard destination.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "%") }) else { return true }
        let normalized = comparableForm(of: destination)
        return !blockedSchemes.contains { normalized.hasPrefix($0) }
    }

    /// Replaces every unsafe link or image in the tree by its children (link text, image alt text).
    static func removeUnsafeLinks(from tree: CmarkTree) {
        var unsafe: [CmarkNode] = []
        tree.walk { node, entering in
            guard entering, node.type == CMARK_NODE_LINK || node.type == CMARK_NODE_IMAGE else { return }
            if !isSafe(node.url) { unsafe.append(node) }
        }
        // Edited after the walk, since the iterator must not see the tree change under it.
        // Order does not matter: each node is freed only once its children have moved out.
        for node in unsafe { node.replaceWithChildren() }
    }

    /// The destination as a browser's scheme check sees it, and then some: percent escapes decoded
    /// (repeatedly, against double encoding), every whitespace, control and invisible format character
    /// removed (browsers strip tabs and newlines anywhere), lowercased.
    static func comparableForm(of destination: String) -> String {
        var bytes = Array(destination.utf8)
        for _ in 0..<3 {
            let decoded = percentDecoded(bytes)
            if decoded == bytes { break }
            bytes = decoded
        }
        var result = String.UnicodeScalarView()
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where !isInvisible(scalar) {
            result.append(scalar)
        }
        return String(result).lowercased()
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format: return true
        default: return false
        }
    }

    /// `%XX` decoded where XX is hex; anything else, such as a lone `%`, kept as written.
    private static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = ASCIIHex.value(bytes[index + 1]), let low = ASCIIHex.value(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

}
