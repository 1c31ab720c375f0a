import Foundation

/// Renders GitHub-flavoured Markdown to safe HTML with cmark-gfm; safe to call from many threads at once.
public struct MarkdownRenderer: Sendable {
    /// Ids the page layout around the body already uses (`main`, …); headings get `main-1` instead.
    public var reservedAnchors: Set<String>

    /// A renderer that reserves no anchors.
    public init() { self.init(reservedAnchors: []) }

    /// A renderer whose heading anchors avoid `reservedAnchors`.
    public init(reservedAnchors: Set<String>) { self.reservedAnchors = reservedAnchors }

    /// Parses `markdown`, whose first line is line `firstLine` of its file, and returns its HTML, headings, plain
    /// text and links.
    public func render(_ markdown: String, firstLine: Int = 1) -> MarkdownDocument {
        // Each call owns its parser and tree; the one process-wide state cmark-gfm touches is guarded in CmarkTree.
        guard let tree = CmarkTree(parsing: markdown) else { return MarkdownDocument() }
        UnsafeLinkFilter.removeUnsafeLinks(from: tree)

        var collector = DocumentCollector(reservedAnchors: reservedAnchors, firstLine: firstLine)
        tree.walk { node, entering in collector.visit(node, entering: entering) }

        let html = HTMLPostprocessor.process(tree.renderHTML(), anchors: collector.headings.map(\.anchor))
        return MarkdownDocument(
            html: html, headings: collector.headings, plainText: collector.plainText,
            links: Self.countingScalars(collector.links, in: markdown, firstLine: firstLine))
    }

    /// `links` with their columns in Unicode scalars, as every other diagnostic counts them; cmark counts bytes,
    /// which puts a link after Hebrew or Russian text twice as far along the line as it is.
    static func countingScalars(_ links: [BodyLink], in markdown: String, firstLine: Int) -> [BodyLink] {
        guard let last = links.lazy.filter({ $0.column != nil }).map(\.line).max() else { return links }
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            // Where each line starts, as far as the last link's line: memchr, since a byte loop took longer.
            var starts = [0]
            while starts.count <= last - firstLine, let base = bytes.baseAddress, starts[starts.count - 1] < bytes.count {
                let from = starts[starts.count - 1]
                guard let newline = memchr(base + from, 0x0A, bytes.count - from) else { break }
                starts.append(base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1)
            }
            // One walk along each line, however many links it holds: a line of 10,000 links was quadratic.
            var counted = links
            let order = links.indices.filter { links[$0].column != nil }.sorted {
                (links[$0].line, links[$0].column ?? 0) < (links[$1].line, links[$1].column ?? 0)
            }
            var line = -1, offset = 0, scalars = 0
            for index in order {
                let link = links[index]
                guard let column = link.column, starts.indices.contains(link.line - firstLine) else { continue }
                if link.line != line { (line, offset, scalars) = (link.line, 0, 0) }
                let start = starts[link.line - firstLine]
                while offset < min(column - 1, bytes.count - start) {
                    if bytes[start + offset] & 0xC0 != 0x80 { scalars += 1 }
                    offset += 1
                }
                counted[index].column = 1 + scalars
            }
            return counted
        }
    }
}
