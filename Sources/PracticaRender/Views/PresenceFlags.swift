/// Mustache iterates a list section once per item, so a heading above a list needs its own flag:
/// `hasResults` beside `results`, set for every non-empty list.
enum PresenceFlags {
    static func add(to values: [String: Any]) -> [String: Any] {
        var result = values
        for (key, value) in values {
            guard let list = value as? [Any], !list.isEmpty, let first = key.first else { continue }
            result["has" + first.uppercased() + key.dropFirst()] = true
        }
        return result
    }
}
