/// Escapes text for XML and HTML elements and attributes.
enum XMLText {
    /// Text safe in XML content and attributes; control characters XML forbids are dropped.
    static func escape(_ text: String) -> String { escape(text, apostrophe: "&apos;", dropControls: true) }

    /// The one escaping loop: `&<>"` always, the apostrophe as given, and optionally XML's forbidden controls.
    static func escape(_ text: String, apostrophe: String, dropControls: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += apostrophe
            // XML 1.0 forbids most control characters, even escaped: drop them.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}" where dropControls: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
