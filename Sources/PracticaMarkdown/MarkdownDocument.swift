/// A heading of a rendered document, for a table of contents.
public struct Heading: Hashable, Sendable {
    /// 1 to 6, as in `<h1>` … `<h6>`.
    public var level: Int
    /// The heading's text without markup, whitespace collapsed.
    public var text: String
    /// The `id` of the heading element, unique within its document.
    public var anchor: String

    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// A link or image destination in a body, and where it stands in the file.
public struct BodyLink: Hashable, Sendable {
    /// The destination, as cmark decoded it (entities and backslash escapes resolved).
    public var url: String
    /// The file line of the link, or of the block that holds it where cmark gives inlines no position.
    public var line: Int
    /// The column of the link's opening bracket, or nil where cmark does not say.
    public var column: Int?
    /// True for an image (`![alt](src)`), which the page loads, rather than a link the reader follows.
    public var isImage: Bool

    public init(url: String, line: Int, column: Int? = nil, isImage: Bool = false) {
        self.url = url
        self.line = line
        self.column = column
        self.isImage = isImage
    }
}

/// The result of rendering one Markdown body: safe HTML plus what later stages need to know about it.
public struct MarkdownDocument: Hashable, Sendable {
    /// A safe HTML fragment: no raw HTML, no script URLs, headings carry `id`s.
    public var html: String
    /// Every heading in document order, including those inside quotes and lists.
    public var headings: [Heading]
    /// The text content, one line per block (paragraph, heading, code block, table row), whitespace collapsed.
    public var plainText: String
    /// Every link and image destination in document order, as cmark decoded it; unsafe and empty ones are left out.
    public var links: [BodyLink]

    public init(html: String = "", headings: [Heading] = [], plainText: String = "", links: [BodyLink] = []) {
        self.html = html
        self.headings = headings
        self.plainText = plainText
        self.links = links
    }
}
