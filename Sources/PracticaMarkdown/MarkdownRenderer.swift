/// Renders GitHub-flavoured Markdown to safe HTML with cmark-gfm; safe to call from many threads at once.
public struct MarkdownRenderer: Sendable {
    /// Ids the page layout around the body already uses (`main`, …); headings get `main-1` instead.
    public var reservedAnchors: Set<String>

    /// A renderer that reserves no anchors.
    public init() { self.init(reservedAnchors: []) }

    /// A renderer whose heading anchors avoid `reservedAnchors`.
    public init(reservedAnchors: Set<String>) { self.reservedAnchors = reservedAnchors }

    /// Parses `markdown` and returns its HTML, headings, plain text and links.
    public func render(_ markdown: String) -> MarkdownDocument {
        // Each call owns its parser and tree; the one process-wide state cmark-gfm touches is guarded in CmarkTree.
        guard let tree = CmarkTree(parsing: markdown) else { return MarkdownDocument() }
        UnsafeLinkFilter.removeUnsafeLinks(from: tree)

        var collector = DocumentCollector(reservedAnchors: reservedAnchors)
        tree.walk { node, entering in collector.visit(node, entering: entering) }

        let html = HTMLPostprocessor.process(tree.renderHTML(), anchors: collector.headings.map(\.anchor))
        return MarkdownDocument(
            html: html, headings: collector.headings, plainText: collector.plainText, links: collector.links)
    }
}
