/// Ids and keys: `[a-z0-9]+(-[a-z0-9]+)*`, safe in URLs and file names.
public enum Slug {
    /// Whether `text` is a slug.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}
