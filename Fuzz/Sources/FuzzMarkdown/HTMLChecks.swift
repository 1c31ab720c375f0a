import FuzzSupport

/// Properties of the HTML a body renders to, checked the way a browser would read it.
enum HTMLChecks {
    /// Every tag cmark-gfm and its extensions write in safe mode; anything else came from the input.
    static let knownTags: Set<String> = [
        "p", "blockquote", "ul", "ol", "li", "pre", "code", "hr", "br", "em", "strong", "a", "img",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "del", "input",
    ]
    /// What safe mode writes in place of raw HTML.
    static let omitted = Array("<!-- raw HTML omitted -->".utf8)

    /// Each `<` opens a known tag or the raw-HTML comment: no markup of the author's reaches the page.
    static func checkTags(_ html: String) {
        let bytes = Array(html.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            if bytes[open...].starts(with: omitted) { continue }
            var nameStart = index
            if nameStart < bytes.count, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
            let name = bytes[nameStart...].prefix { isAlphanumeric($0) }
            let after = nameStart + name.count < bytes.count ? bytes[nameStart + name.count] : 0
            let tag = String(decoding: name, as: UTF8.self)
            require(knownTags.contains(tag), "unknown tag <\(tag)> in HTML")
            require([UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "/")].contains(after), "tag <\(tag) runs on")
        }
    }

    /// No `href` or `src` value would run code or embed content when a browser follows it.
    static func checkURLs(_ html: String) {
        for attribute in ["href=\"", "src=\""] {
            for value in values(after: attribute, in: html) {
                require(!runsCode(decodeEntities(value)), "unsafe \(attribute)\(value)\"")
            }
        }
    }

    /// The text after each `marker` up to the next `"`. Bytes, not Characters: a `"` followed by a
    /// combining mark is one Character, and would hide the quote from a Character search.
    static func values(after marker: String, in html: String) -> [String] {
        let bytes = Array(html.utf8), marker = Array(marker.utf8)
        var values: [String] = []
        var index = 0
        while index + marker.count <= bytes.count {
            guard bytes[index..<index + marker.count].elementsEqual(marker) else {
                index += 1
                continue
            }
            let start = index + marker.count
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count
            values.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end
        }
        return values
    }

    /// How a URL parser finds the scheme: leading and trailing controls and spaces dropped, tabs and newlines
    /// removed anywhere, case ignored.
    static func runsCode(_ url: String) -> Bool {
        let scalars = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = scalars.drop { $0.value <= 0x20 }
        let scheme = String(String.UnicodeScalarView(trimmed)).lowercased()
        return ["javascript:", "vbscript:", "data:", "file:"].contains { scheme.hasPrefix($0) }
    }

    /// The entities cmark writes in attributes, named and numeric; scalars, not Characters, as a browser reads.
    static func decodeEntities(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var rest = Substring(text).unicodeScalars
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = String(String.UnicodeScalarView(rest[rest.index(after: amp)..<semicolon]))
            result += (decodeEntity(entity) ?? "&\(entity);").unicodeScalars
            rest = rest[rest.index(after: semicolon)...]
        }
        result += rest
        return String(result)
    }

    private static func decodeEntity(_ entity: String) -> String? {
        let named = ["amp": "&", "quot": "\"", "lt": "<", "gt": ">", "apos": "'"]
        if let text = named[entity] { return text }
        guard entity.hasPrefix("#") else { return nil }
        let digits = entity.dropFirst()
        let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    /// The `id`s of heading tags, in order.
    static func headingIDs(in html: String) -> [String] {
        let bytes = Array(html.utf8), attribute = Array(" id=\"".utf8)
        var ids: [String] = []
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard open + 2 + attribute.count <= bytes.count, bytes[open + 1] == UInt8(ascii: "h"),
                (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[open + 2]),
                bytes[(open + 3)...].starts(with: attribute)
            else { continue }
            let start = open + 3 + attribute.count
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count
            ids.append(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        return ids
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
