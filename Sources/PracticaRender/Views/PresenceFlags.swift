/// Mustache iterates a list section once per item, so a heading above a list needs its own flag:
/// `hasResults` beside `results`, set for every non-empty list.
enum PresenceFlags {
    static func add(to values: [String: Any]) -> [String: Any] {
        var result = values
        for (key, value) in values {
            guard let list = value as? any ListValue, !list.isEmptyList, let first = key.first else { continue }
            result["has" + first.uppercased() + key.dropFirst()] = true
        }
        return result
    }
}

/// Any array, whatever its elements: `value as? [Any]` answered the same question by copying the array and
/// boxing each element, which made these flags 0.4% of a build.
protocol ListValue {
    var isEmptyList: Bool { get }
}

extension Array: ListValue {
    var isEmptyList: Bool { isEmpty }
}
