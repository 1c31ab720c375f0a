/// Adds what cmark cannot: heading `id`s and lazy image loading.
///
/// Editing cmark's output as text is sound because, without `CMARK_OPT_UNSAFE`, every `<` in it was
/// written by the renderer itself: text is escaped to `&lt;`, URLs to `%3C`, raw HTML replaced by a
/// comment. So `<h2>` and `<img ` can only be the tags cmark emitted, in document order, one per
/// heading or image node.
enum HTMLPostprocessor {
    static func process(_ html: String, anchors: [String]) -> String {
        let input = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + anchors.count * 24)
        var nextAnchor = anchors.makeIterator()
        var index = 0
        while index < input.count {
            let byte = input[index]
            index += 1
            output.append(byte)
            guard byte == UInt8(ascii: "<") else { continue }
            if let level = headingLevel(in: input, at: index), let anchor = nextAnchor.next() {
                output.append(contentsOf: "h\(level) id=\"\(escapeAttribute(anchor))\">".utf8)
                index += 3
            } else if hasPrefix(input, at: index, "img ") {
                output.append(contentsOf: "img loading=\"lazy\" ".utf8)
                index += 4
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The level of an attribute-less opening heading tag `hN>` starting at `index`.
    private static func headingLevel(in bytes: [UInt8], at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "h"), bytes[index + 2] == UInt8(ascii: ">") else {
            return nil
        }
        let digit = bytes[index + 1]
        guard (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(digit) else { return nil }
        return Int(digit - UInt8(ascii: "0"))
    }

    private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        let prefix = Array(prefix.utf8)
        guard index + prefix.count <= bytes.count else { return false }
        return bytes[index..<index + prefix.count].elementsEqual(prefix)
    }

    /// Slugs hold only letters, digits, `-` and `_`; escaping anyway keeps this safe if that ever changes.
    static func escapeAttribute(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
