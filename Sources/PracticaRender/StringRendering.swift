import Mustache

/// Strings render as themselves. Without this, swift-mustache asks the runtime whether each string it prints is
/// a renderable, a lambda or an optional, then formats it with `String(describing:)`, which asks once more; a
/// cast to a protocol costs about 100 ns, and a page prints hundreds of strings. Should the library ever declare
/// this conformance itself, the build stops here and this file goes.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
