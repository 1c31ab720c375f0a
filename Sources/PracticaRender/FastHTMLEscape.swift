import Mustache

/// HTML escaping as swift-mustache's own, but returning text with nothing to escape untouched.
///
/// Most titles and summaries contain no `<>&"'`; the library's escaper rebuilt every string
/// character by character, a third of the time spent rendering a site.
struct FastHTMLEscape: MustacheContentType {
    /// The pragma that selects this escaper; the theme loader puts it before every template.
    static let name = "PRACTICA_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registers the escaper with swift-mustache, once.
    static let registered: Void = MustacheContentTypes.register(FastHTMLEscape(), named: name)

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        // The same entities as swift-mustache's own escaper, so output does not change with the fast path.
        return XMLText.escape(text, apostrophe: "&#39;", dropControls: false)
    }
}
