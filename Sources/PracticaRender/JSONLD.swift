import Foundation
import PracticaCore

/// schema.org data as a `<script type="application/ld+json">` body that no text can break out of.
enum JSONLD {
    /// JSON with `<`, `>` and `&` escaped, so a title like `</script>` stays inert inside the script element.
    static func script(_ object: [String: Any]) -> String {
        String(decoding: JSONText.data(object), as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
