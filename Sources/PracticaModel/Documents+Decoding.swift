import PracticaCore
import PracticaMarkdown
import PracticaSource

extension ModelDocument {
    /// The front-matter keys of a model document.
    public static let keys = ["title", "summary", "practices", "created", "updated", "draft"]

    static func decode(_ file: ContentFile, root: YAMLNode, body: MarkdownDocument) -> (ModelDocument, [Diagnostic]) {
        var reader = FieldReader(root: root, path: file.path)
        reader.checkKeys(keys)
        var document = ModelDocument(
            id: file.id, language: file.language, path: file.path,
            title: reader.requiredText("title"), summary: reader.requiredText("summary"), body: body)
        reader.checkSummary(document.summary)
        document.practices = reader.located("practices")
        document.created = reader.date("created")
        document.updated = reader.date("updated")
        document.draft = reader.bool("draft")
        for entry in root.mapping ?? [] { document.locations[entry.key] = entry.keyLocation }
        return (document, reader.diagnostics)
    }
}

extension Page {
    /// The front-matter keys of a free page.
    public static let keys = ["title", "summary", "draft"]

    static func decode(_ file: ContentFile, root: YAMLNode, body: MarkdownDocument) -> (Page, [Diagnostic]) {
        var reader = FieldReader(root: root, path: file.path)
        reader.checkKeys(keys)
        let page = Page(
            id: file.id, language: file.language, path: file.path, title: reader.requiredText("title"),
            summary: reader.text("summary"), draft: reader.bool("draft"), body: body)
        if let summary = page.summary { reader.checkSummary(summary) }
        return (page, reader.diagnostics)
    }
}
