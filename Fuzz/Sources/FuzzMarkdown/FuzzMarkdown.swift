import FuzzSupport
import PracticaMarkdown
import PracticaModel

/// The ids the theme reserves, as the build passes them.
let renderer = MarkdownRenderer(reservedAnchors: ContentReader.reservedAnchors)

/// Markdown text → cmark-gfm → link filter → collector → HTML post-processing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let document = renderer.render(FuzzInput(start, count).text)
    checkHeadings(document)
    HTMLChecks.checkTags(document.html)
    HTMLChecks.checkURLs(document.html)
    for link in document.links {
        require(!link.isEmpty, "empty link kept")
        require(!HTMLChecks.runsCode(link), "unsafe link kept: \(link)")
    }
    for line in document.plainText.split(separator: "\n", omittingEmptySubsequences: false) where !document.plainText.isEmpty {
        require(!line.isEmpty && line.first != " " && line.last != " ", "plain text line not collapsed: '\(line)'")
    }
    return 0
}

/// Anchors are unique, never a reserved id, and each heading tag in the HTML carries the next one.
func checkHeadings(_ document: MarkdownDocument) {
    let anchors = document.headings.map(\.anchor)
    require(Set(anchors).count == anchors.count, "duplicate anchors: \(anchors)")
    require(Set(anchors).isDisjoint(with: ContentReader.reservedAnchors), "reserved anchor used: \(anchors)")
    for heading in document.headings {
        require((1...6).contains(heading.level), "heading level \(heading.level)")
        require(!heading.anchor.isEmpty, "empty anchor")
    }
    let tagged = HTMLChecks.headingIDs(in: document.html)
    require(tagged == anchors, "heading ids in HTML \(tagged) differ from headings \(anchors)")
}
