import PracticaCore

/// The three kinds of content document, named as their folders.
public enum ContentKind: String, Sendable, CaseIterable {
    case practices, models, pages
}

/// A Markdown document found under content/: its kind, id and language.
public struct ContentFile: Sendable, Hashable {
    public var kind: ContentKind
    public var id: String
    public var language: String
    /// Relative to the site folder, as diagnostics show it.
    public var path: String

    public init(kind: ContentKind, id: String, language: String, path: String) {
        self.kind = kind
        self.id = id
        self.language = language
        self.path = path
    }
}

/// A file placed beside a document (an image, a PDF), copied next to its pages.
public struct AssetFile: Sendable, Hashable {
    public var kind: ContentKind
    public var id: String
    /// The file name, as Markdown links it.
    public var name: String
    public var path: String
}

/// Everything found under content/, before any file is read.
public struct ContentInventory: Sendable {
    public var documents: [ContentFile] = []
    public var assets: [AssetFile] = []
    public init() {}

    /// The ids found per kind, whether or not their files parse: links to a broken card are not also reported as broken links.
    public var ids: [ContentKind: Set<String>] {
        documents.reduce(into: [:]) { $0[$1.kind, default: []].insert($1.id) }
    }
}
