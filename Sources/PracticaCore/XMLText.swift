/// Escapes text for XML and HTML elements and attributes.
public enum XMLText {
    /// Text safe in XML content and attributes; control characters XML forbids are dropped.
    public static func escape(_ text: String) -> String { escape(text, apostrophe: "&apos;", dropControls: true) }

    /// The one escaping loop: `&<>"` always, the apostrophe as given, and optionally XML's forbidden controls.
    ///
    /// Over UTF-8 bytes, copying the runs between what it replaces: a loop over scalars that appended each one
    /// was 2% of a build's instructions, in the exports.
    public static func escape(_ text: String, apostrophe: String, dropControls: Bool) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { needsWork($0, dropControls) }) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                let byte = bytes[index]
                if !needsWork(byte, dropControls) {
                    let end = bytes[index...].firstIndex { needsWork($0, dropControls) } ?? bytes.count
                    result.append(contentsOf: bytes[index..<end])
                    index = end
                    continue
                }
                index += replace(bytes, at: index, apostrophe: apostrophe, into: &result)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether a byte is one the loop replaces or looks at closer: `&<>"'`, and with `dropControls` XML's
    /// forbidden controls and the lead byte of U+FFFE and U+FFFF.
    @inline(__always)
    private static func needsWork(_ byte: UInt8, _ dropControls: Bool) -> Bool {
        if isMarkup(byte) { return true }
        switch byte {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0xEF: return dropControls
        default: return false
        }
    }

    /// Whether a byte is one of `&<>"'`, which both XML and HTML replace. Inlinable: callers test every byte of
    /// their text with it.
    @inlinable
    public static func isMarkup(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// Appends the replacement of the byte at `index` (nothing for a dropped control); returns the bytes used.
    private static func replace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, apostrophe: String, into result: inout [UInt8]) -> Int {
        switch bytes[index] {
        case 0x26: result.append(contentsOf: "&amp;".utf8)
        case 0x3C: result.append(contentsOf: "&lt;".utf8)
        case 0x3E: result.append(contentsOf: "&gt;".utf8)
        case 0x22: result.append(contentsOf: "&quot;".utf8)
        case 0x27: result.append(contentsOf: apostrophe.utf8)
        case 0xEF:
            // XML 1.0 forbids U+FFFE and U+FFFF (EF BF BE, EF BF BF), even escaped; other EF sequences stay.
            if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF { return 3 }
            result.append(0xEF)
        default: break  // XML 1.0 forbids most control characters, even escaped: drop them.
        }
        return 1
    }
}
