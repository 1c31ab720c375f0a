import PracticaCore

/// A YAML value with the place it was written, so that later stages can point at it.
public struct YAMLNode: Sendable, Equatable {
    /// The shapes a YAML value takes; scalars stay text and are typed by the model.
    public enum Value: Sendable, Equatable {
        case scalar(String)
        case null
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The scalar's text, or nil for anything else.
    public var scalar: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }

    /// The items of a sequence, or nil.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The entries of a mapping, or nil.
    public var mapping: [YAMLEntry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The value under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key == key }?.value
    }

    /// A word for the node's shape, for messages like "expected a list, found a mapping".
    public var kindName: String {
        switch value {
        case .scalar: "a text value"
        case .null: "nothing"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// One `key: value` pair of a mapping, with the key's own location.
public struct YAMLEntry: Sendable, Equatable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode

    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
