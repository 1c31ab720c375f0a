import Foundation
import PracticaCore
import PracticaMarkdown
import PracticaSource

/// Reads every document found by the source stage, in parallel, into the typed model.
public struct ContentReader: Sendable {
    public var fileSystem: any FileSystem
    public var site: String
    public var includeDrafts: Bool
    /// Documents parsed by earlier reads, reused while their bytes are the same; nil parses everything.
    public var cache: ParseCache?

    public init(fileSystem: any FileSystem, site: String, includeDrafts: Bool = false, cache: ParseCache? = nil) {
        self.fileSystem = fileSystem
        self.site = site
        self.includeDrafts = includeDrafts
        self.cache = cache
    }

    /// Parses all documents; the result keeps a stable order whatever the threads did.
    public func read(_ loaded: LoadedSite, diagnostics: inout [Diagnostic]) -> SiteContent {
        let files = loaded.inventory.documents
        cache?.beginRead()
        let parsed = ParallelMap.map(files, parse)
        cache?.endRead(keeping: Set(files.map(\.path)))
        var practices: [String: [PracticeCard]] = [:]
        var models: [String: [ModelDocument]] = [:]
        var pages: [String: [Page]] = [:]
        for result in parsed {
            diagnostics += result.diagnostics
            switch result.document {
            case .practice(let card) where includeDrafts || !card.draft: practices[card.id, default: []].append(card)
            case .model(let document) where includeDrafts || !document.draft: models[document.id, default: []].append(document)
            case .page(let page) where includeDrafts || !page.draft: pages[page.id, default: []].append(page)
            default: break
            }
        }
        let order = loaded.config.languages
        return SiteContent(
            config: loaded.config, taxonomies: loaded.taxonomies,
            practices: grouped(practices, order: order, language: \.language),
            models: grouped(models, order: order, language: \.language),
            pages: grouped(pages, order: order, language: \.language),
            assets: loaded.inventory.assets)
    }

    /// One practice card, read and parsed on its own (the dev server's preview of an edit). It goes through the
    /// cache, so that the build after it does not parse the file again. Nil, with the reasons, when it has errors.
    public func card(_ file: ContentFile) -> (card: PracticeCard?, diagnostics: [Diagnostic]) {
        let result = parse(file)
        guard case .practice(let card) = result.document, !result.diagnostics.hasErrors else { return (nil, result.diagnostics) }
        return (card, result.diagnostics)
    }

    private func grouped<D>(_ byID: [String: [D]], order: [String], language: KeyPath<D, String>) -> [Translations<D>] {
        byID.keys.sorted().map { id in
            let versions = (byID[id] ?? []).sorted {
                (order.firstIndex(of: $0[keyPath: language]) ?? .max) < (order.firstIndex(of: $1[keyPath: language]) ?? .max)
            }
            return Translations(id: id, versions: versions)
        }
    }

    /// Element ids the built-in theme puts on every page, which a heading's anchor must not take.
    public static let reservedAnchors: Set<String> = [
        "main", "site-search", "toc-heading", "facts-heading", "results-heading", "stages-heading",
        "implementing-heading", "topics-heading", "newest-heading", "catalog-count",
    ]

    enum ParsedDocument: Sendable {
        case practice(PracticeCard), model(ModelDocument), page(Page), none
    }

    /// One file's document and diagnostics: what the parse cache keeps, since both follow from the bytes alone.
    struct ParseResult: Sendable {
        var document: ParsedDocument
        var diagnostics: [Diagnostic]
    }

    /// One file, through the cache when there is one.
    private func parse(_ file: ContentFile) -> ParseResult {
        guard let cache else { return parse(file) { () throws(ContentError) in try SiteLoader(fileSystem: fileSystem, site: site).readDocument(file.path) } }
        return parse(file, through: cache)
    }

    /// Reads the bytes once, so that the digest the cache keeps is of exactly the bytes parsed.
    private func parse(_ file: ContentFile, through cache: ParseCache) -> ParseResult {
        let data: Data
        do { data = try fileSystem.read(site + "/" + file.path) } catch {
            cache.forget(file.path)
            let problem = ContentError("cannot read file: \(error.localizedDescription)", at: SourceLocation(path: file.path))
            return ParseResult(document: .none, diagnostics: [problem.diagnostic])
        }
        let digest = StableHasher.digest(data)
        if let known = cache.result(for: file.path, digest: digest) { return known }
        let result = parse(file) { () throws(ContentError) in try FrontMatter.split(try TextDecoding.decode(data, path: file.path), path: file.path) }
        cache.store(result, for: file.path, digest: digest)
        return result
    }

    private func parse(_ file: ContentFile, source load: () throws(ContentError) -> SourceDocument) -> ParseResult {
        do {
            let source = try load()
            let root = try YAMLReader.parse(source.frontMatter, path: file.path, firstLine: source.frontMatterLine)
            guard let root, root.mapping != nil else {
                return ParseResult(document: .none, diagnostics: [.error("front matter must be a mapping of keys", at: SourceLocation(path: file.path, line: 2))])
            }
            let body = MarkdownRenderer(reservedAnchors: Self.reservedAnchors).render(source.body, firstLine: source.bodyLine)
            let untranslated = TranslationMarks.check(root, body: source.body, path: file.path).map { [$0] } ?? []
            switch file.kind {
            case .practices:
                let (card, diagnostics) = PracticeCard.decode(file, root: root, body: body)
                return ParseResult(document: .practice(card), diagnostics: diagnostics + untranslated)
            case .models:
                let (document, diagnostics) = ModelDocument.decode(file, root: root, body: body)
                return ParseResult(document: .model(document), diagnostics: diagnostics + untranslated)
            case .pages:
                let (page, diagnostics) = Page.decode(file, root: root, body: body)
                return ParseResult(document: .page(page), diagnostics: diagnostics + untranslated)
            }
        } catch {
            return ParseResult(document: .none, diagnostics: [error.diagnostic])
        }
    }
}
