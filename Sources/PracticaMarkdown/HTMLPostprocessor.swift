import PracticaCore

/// Adds what cmark cannot: heading `id`s, lazy image loading and image sizes.
///
/// An image's size is written as a fragment of its address, `![Scheme](scheme.png#640x480)`: the
/// fragment becomes `width="640" height="480"` (so the page keeps its layout while the image loads)
/// and leaves the address. Without one, an image is only marked `loading="lazy"`.
///
/// Editing cmark's output as text is sound because, without `CMARK_OPT_UNSAFE`, every `<` in it was
/// written by the renderer itself: text is escaped to `&lt;`, URLs to `%3C`, raw HTML replaced by a
/// comment. So `<h2>` and `<img ` can only be the tags cmark emitted, in document order, one per
/// heading or image node.
enum HTMLPostprocessor {
    static func process(_ html: String, anchors: [String]) -> String {
        var html = html
        // Over the contiguous bytes, with the tag names as static byte lists: through `Array` slices and a new
        // array per prefix test, this pass cost half as much again as cmark's own rendering.
        return html.withUTF8 { input in
            var output: [UInt8] = []
            output.reserveCapacity(input.count + anchors.count * 24)
            var nextAnchor = anchors.makeIterator()
            var index = 0
            while index < input.count {
                // Text between tags is copied in one piece.
                guard let open = input[index...].firstIndex(of: UInt8(ascii: "<")) else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[index...]))
                    break
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[index...open]))
                index = open + 1
                if let level = headingLevel(in: input, at: index), let anchor = nextAnchor.next() {
                    output.append(contentsOf: "h\(level) id=\"\(escapeAttribute(anchor))\">".utf8)
                    index += 3
                } else if hasPrefix(input, at: index, imageTag) {
                    output.append(contentsOf: "img loading=\"lazy\" ".utf8)
                    index += imageTag.count
                    if let sized = sizedSource(in: input, at: index) {
                        output.append(contentsOf: sized.attributes.utf8)
                        index = sized.end
                    }
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static let imageTag = Array("img ".utf8)
    private static let sourceAttribute = Array("src=\"".utf8)

    /// `src="…#WxH"` at `index` (cmark writes `src` first): the attributes without the fragment and with
    /// `width` and `height`, and the index after the closing quote. Sizes are 1 to 5 digits, not 0.
    private static func sizedSource(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (attributes: String, end: Int)? {
        let opening = sourceAttribute
        guard hasPrefix(bytes, at: index, opening),
              let close = bytes[(index + opening.count)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        let url = bytes[(index + opening.count)..<close]
        guard let hash = url.lastIndex(of: UInt8(ascii: "#")) else { return nil }
        let parts = url[(hash + 1)...].split(separator: UInt8(ascii: "x"), omittingEmptySubsequences: false)
        guard parts.count == 2,
              let width = dimension(parts[0]), let height = dimension(parts[1]) else { return nil }
        let address = String(decoding: url[..<hash], as: UTF8.self)
        return ("src=\"\(address)\" width=\"\(width)\" height=\"\(height)\"", close + 1)
    }

    private static func dimension(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard (1...5).contains(digits.count),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let value = Int(String(decoding: digits, as: UTF8.self)), value > 0 else { return nil }
        return value
    }

    /// The level of an attribute-less opening heading tag `hN>` starting at `index`.
    private static func headingLevel(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "h"), bytes[index + 2] == UInt8(ascii: ">") else {
            return nil
        }
        let digit = bytes[index + 1]
        guard (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(digit) else { return nil }
        return Int(digit - UInt8(ascii: "0"))
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        return bytes[index..<index + prefix.count].elementsEqual(prefix)
    }

    /// Slugs hold only letters, digits, `-` and `_`; escaping anyway keeps this safe if that ever changes. The
    /// entities are the ones the templates' escaper writes.
    static func escapeAttribute(_ text: String) -> String { XMLText.escape(text, apostrophe: "&#39;", dropControls: false) }
}
