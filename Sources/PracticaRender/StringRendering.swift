import Mustache

/// Strings render as themselves. Without this, swift-mustache tries a string against three more protocols and
/// then formats it with `String(describing:)`, which asks the runtime twice more what the value conforms to.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
