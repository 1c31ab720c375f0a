import CCmarkGFM

/// Gathers headings, links and plain text in one walk over a sanitized tree.
struct DocumentCollector {
    private(set) var headings: [Heading] = []
    private(set) var links: [BodyLink] = []
    /// The file line of the body's first line, so that links are located in the file.
    private let firstLine: Int
    /// The start line of the innermost block entered, for links cmark gives no line of their own.
    private var blockLine = 1
    private var lines: [String] = []
    /// Text of the block being read, flushed as one line when the block ends.
    private var line = ""
    /// Text of the heading being read, if inside one.
    private var headingText: String?
    private var slugger: HeadingSlugger

    init(reservedAnchors: Set<String> = [], firstLine: Int = 1) {
        slugger = HeadingSlugger(reserved: reservedAnchors)
        self.firstLine = firstLine
    }

    /// One line per block, so the first line of a document is its first paragraph or heading.
    var plainText: String { lines.joined(separator: "\n") }

    mutating func visit(_ node: CmarkNode, entering: Bool) {
        if entering, node.isBlock, node.startLine > 0 { blockLine = node.startLine }
        switch node.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            appendInline(node.literal)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            appendInline(" ")
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            if entering, !node.url.isEmpty {
                let line = node.startLine
                links.append(BodyLink(
                    url: node.url, line: firstLine - 1 + (line > 0 ? line : blockLine),
                    column: line > 0 && node.startColumn > 0 ? node.startColumn : nil, isImage: node.type == CMARK_NODE_IMAGE))
            }
        case CMARK_NODE_HEADING:
            visitHeading(node, entering: entering)
        case CMARK_NODE_CODE_BLOCK:
            endLine()
            line = node.literal
            endLine()
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            break  // omitted from the HTML, so not text either
        default:
            visitOther(node, entering: entering)
        }
    }

    private mutating func visitHeading(_ node: CmarkNode, entering: Bool) {
        endLine()
        if entering {
            headingText = ""
            return
        }
        let text = (headingText ?? "").collapsingWhitespace()
        headings.append(Heading(level: node.headingLevel, text: text, anchor: slugger.anchor(for: text)))
        headingText = nil
    }

    /// Core containers end a line; extension nodes are known only by name.
    private mutating func visitOther(_ node: CmarkNode, entering: Bool) {
        guard node.isBlock else { return }  // strikethrough and other inline extensions: their text is enough
        if node.typeName == "table_cell" {
            if !entering { line += " " }
        } else {
            endLine()
        }
    }

    private mutating func appendInline(_ text: String) {
        line += text
        if headingText != nil { headingText? += text }
    }

    private mutating func endLine() {
        let text = line.collapsingWhitespace()
        if !text.isEmpty { lines.append(text) }
        line = ""
    }
}
