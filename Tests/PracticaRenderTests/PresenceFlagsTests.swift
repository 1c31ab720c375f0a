import Testing

@testable import PracticaRender

@Suite("Presence flags")
struct PresenceFlagsTests {
    /// The flags as `value as? [Any]` decided them, copying each list: what the cheaper check must agree with.
    static func reference(_ values: [String: Any]) -> Set<String> {
        var flags: Set<String> = []
        for (key, value) in values {
            guard let list = value as? [Any], !list.isEmpty, let first = key.first else { continue }
            flags.insert("has" + first.uppercased() + key.dropFirst())
        }
        return flags
    }

    @Test("every non-empty list gets a has-flag, whatever its elements; other values and empty lists get none")
    func flagsMatchTheArrayCast() {
        let someList: [String]? = ["x"]
        let noList: [String]? = nil
        let values: [String: Any] = [
            "results": [["label": "a"]] as [[String: Any]], "stages": ["one"], "numbers": [1, 2], "mixed": [1, "a"] as [Any],
            "empty": [String](), "title": "text", "table": ["a": 1] as [String: Any], "set": Set(["a"]),
            "wrapped": someList as Any, "missing": noList as Any, "": ["no key"],
        ]
        let flags = Set(PresenceFlags.add(to: values).keys).subtracting(values.keys)
        #expect(flags == Self.reference(values))
        #expect(flags.isSuperset(of: ["hasResults", "hasStages", "hasNumbers", "hasMixed", "hasWrapped"]))
        #expect(flags.isDisjoint(with: ["hasEmpty", "hasTitle", "hasTable", "hasSet", "hasMissing"]))
    }
}
