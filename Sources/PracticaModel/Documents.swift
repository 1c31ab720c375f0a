import PracticaCore
import PracticaMarkdown

/// A model document in one language: a long method description.
public struct ModelDocument: Sendable {
    public var id: String
    public var language: String
    public var path: String
    public var title: String
    public var summary: String
    public var practices: [LocatedText] = []
    public var created: String?
    public var updated: String?
    public var draft = false
    public var body: MarkdownDocument
    public var locations: [String: SourceLocation] = [:]
}

/// A free page in one language (about, how to submit).
public struct Page: Sendable {
    public var id: String
    public var language: String
    public var path: String
    public var title: String
    public var summary: String?
    public var draft = false
    public var body: MarkdownDocument
}

/// All language versions of one id, in site language order.
public struct Translations<Document: Sendable>: Sendable {
    public var id: String
    public var versions: [Document]

    public init(id: String, versions: [Document]) {
        self.id = id
        self.versions = versions
    }
}

extension Translations where Document == PracticeCard {
    /// The version in `language`, if it was written.
    public func version(in language: String) -> PracticeCard? { versions.first { $0.language == language } }
    /// The version in `language`, else the first written: what a page in `language` shows of it.
    public func version(preferring language: String) -> PracticeCard { version(in: language) ?? versions[0] }
    /// The languages this practice is written in.
    public var languages: [String] { versions.map(\.language) }
}

extension Translations where Document == ModelDocument {
    public func version(in language: String) -> ModelDocument? { versions.first { $0.language == language } }
    /// The version in `language`, else the first written: what a page in `language` shows of it.
    public func version(preferring language: String) -> ModelDocument { version(in: language) ?? versions[0] }
    public var languages: [String] { versions.map(\.language) }
}

extension Translations where Document == Page {
    public func version(in language: String) -> Page? { versions.first { $0.language == language } }
    public var languages: [String] { versions.map(\.language) }
}

/// Practices grouped by id.
public typealias Practice = Translations<PracticeCard>
/// Model documents grouped by id.
public typealias Model = Translations<ModelDocument>
/// Pages grouped by id.
public typealias FreePage = Translations<Page>
