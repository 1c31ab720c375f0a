import Foundation
import PracticaCore

/// schema.org data as a `<script type="application/ld+json">` body that no text can break out of.
enum JSONLD {
    /// JSON with `<`, `>` and `&` escaped, so a title like `</script>` stays inert inside the script element.
    /// The three characters occur only inside JSON strings, where `\uXXXX` means the same, so one byte pass
    /// over the JSON is enough (three `replacingOccurrences` calls were 2% of a large build).
    static func script(_ object: [String: Any]) -> String {
        let json = JSONText.data(object)
        // Most pages' data holds none of the three: taken as it is, not copied a byte at a time.
        let isMarkup: (UInt8) -> Bool = { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }
        guard json.withUnsafeBytes({ $0.contains(where: isMarkup) }) else { return String(decoding: json, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.count + 32)
        json.withUnsafeBytes { raw in
            for byte in raw {
                switch byte {
                case UInt8(ascii: "<"): bytes.append(contentsOf: #"\u003c"#.utf8)
                case UInt8(ascii: ">"): bytes.append(contentsOf: #"\u003e"#.utf8)
                case UInt8(ascii: "&"): bytes.append(contentsOf: #"\u0026"#.utf8)
                default: bytes.append(byte)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
