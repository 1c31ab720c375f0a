import Foundation
import PracticaSource
import Mustache
import PracticaCore
import PracticaModel

/// One output file: its path below the output folder and its bytes.
public struct OutputFile: Sendable {
    public var path: String
    public var bytes: Data

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }
}

/// Renders every page of the site through the theme, in parallel, handing each file on as soon as it is done.
public struct SiteRenderer: Sendable {
    public var content: SiteContent
    public var theme: Theme
    public var urls: SiteURLs
    /// One context per language, resolved once.
    public var contexts: [String: RenderContext]
    /// Per language, the theme's templates with that language's page constants written in (`TemplateSpecializer`).
    var libraries: [String: MustacheLibrary] = [:]
    /// Set by builds that may skip unchanged pages: jobs then carry fingerprints.
    public var digests: RenderDigests?

    /// Prepares contexts for every language, warning where UI strings are missing.
    public init(content: SiteContent, theme: Theme, baseURL: String? = nil, diagnostics: inout [Diagnostic]) {
        self.content = content
        self.theme = theme
        self.urls = SiteURLs(baseURL: baseURL ?? content.config.baseURL)
        let urls = self.urls
        // The languages on all cores: each context sorts every practice by its language's collation, which took
        // most of this stage's time, one language after another.
        let prepared = ParallelMap.map(content.config.languages) { language in
            var diagnostics: [Diagnostic] = []
            let strings = UIStrings.resolve(theme, language: language, diagnostics: &diagnostics)
            var context = RenderContext(content: content, urls: urls, language: language, strings: strings)
            let library = theme.library(constants: PageFrame.flatConstants(context))
            context.renderEntry = { library.render($0, withTemplate: EntryHeading.template) }
            return (context: context, library: library, diagnostics: diagnostics)
        }
        var contexts: [String: RenderContext] = [:]
        for (language, prepared) in zip(content.config.languages, prepared) {
            diagnostics += prepared.diagnostics
            contexts[language] = prepared.context
            libraries[language] = prepared.library
        }
        self.contexts = contexts
    }

    /// Every page to render, as a template name, output path and a view that builds its context.
    public func jobs() -> [RenderJob] {
        var jobs: [RenderJob] = []
        let defaultContext = contexts[content.config.defaultLanguage] ?? contexts.values.first
        if let defaultContext {
            let prints = digests.map { PageFingerprints(digests: $0, context: defaultContext) }
            let language = defaultContext.language
            jobs.append(RenderJob(path: "index.html", template: "chooser", language: language, fingerprint: { prints?.sitewide("index.html", "chooser") }) {
                DocumentViews(context: defaultContext).chooser()
            })
            jobs.append(RenderJob(path: "404.html", template: "notfound", language: language, fingerprint: { prints?.sitewide("404.html", "notfound") }) {
                DocumentViews(context: defaultContext).notFound()
            })
        }
        let terms = TermIndex(content)
        for language in content.config.languages {
            guard let context = contexts[language] else { continue }
            jobs += PageJobs(context: context, terms: terms, fingerprints: digests.map { PageFingerprints(digests: $0, context: context) }).all()
        }
        return jobs
    }

    /// Drops the list entries the pages shared; call when the pages are rendered.
    public func releasePageCaches() {
        for context in contexts.values { context.entryCache.removeAll() }
    }

    /// Renders one job; a template that is missing is reported, not crashed on.
    public func render(_ job: RenderJob) throws(ContentError) -> OutputFile {
        let library = job.language.flatMap { libraries[$0] } ?? theme.library
        guard let html = library.render(job.view(), withTemplate: job.template) else {
            throw ContentError("the theme has no template '\(job.template)'", at: SourceLocation(path: "templates/layouts/\(job.template).mustache"))
        }
        return OutputFile(path: job.path, bytes: Data(html.utf8))
    }

    /// sitemap.xml, robots.txt, the feeds, the exports and the theme's assets. With `exports` (and digests), only the
    /// exports of changed practices are made again; without, they are all made, on all cores.
    public func siteFiles(exports cache: ExportCache? = nil) -> [OutputFile] {
        var files = [
            OutputFile(path: "sitemap.xml", bytes: Data(Sitemap(urls: urls, entries: sitemapEntries()).xml().utf8)),
            OutputFile(path: "robots.txt", bytes: Data("User-agent: *\nAllow: /\nSitemap: \(urls.absolute(urls.root + "sitemap.xml"))\n".utf8)),
        ]
        for language in content.config.languages {
            guard let context = contexts[language] else { continue }
            files.append(OutputFile(path: urls.file(for: urls.feed(language)), bytes: Data(AtomFeed(context: context).xml().utf8)))
        }
        files += exports(cache) ?? Exports(renderer: self).files()
        for (name, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "assets/" + name, bytes: Data(bytes)))
        }
        return files
    }

    private func sitemapEntries() -> [Sitemap.Entry] {
        let languages = content.config.languages
        func sameEverywhere(_ href: (String) -> String) -> [Sitemap.Entry] {
            languages.map { language in
                Sitemap.Entry(path: href(language), alternates: languages.map { ($0, href($0)) })
            }
        }
        var entries = sameEverywhere(urls.home) + sameEverywhere(urls.catalog) + sameEverywhere(urls.models)
        for facet in Taxonomies.names {
            entries += sameEverywhere { urls.taxonomy(facet, $0) }
            for term in content.taxonomies.terms[facet] ?? [] { entries += sameEverywhere { urls.term(term.key, in: facet, $0) } }
        }
        for practice in content.practices {
            let alternates = practice.languages.map { ($0, urls.practice(practice.id, $0)) }
            entries += zip(practice.versions, alternates).map { card, alternate in
                Sitemap.Entry(path: alternate.1, alternates: alternates, lastModified: card.updated ?? card.created)
            }
        }
        for model in content.models {
            let alternates = model.languages.map { ($0, urls.model(model.id, $0)) }
            entries += alternates.map { Sitemap.Entry(path: $0.1, alternates: alternates) }
        }
        for page in content.pages {
            let alternates = page.languages.map { ($0, urls.page(page.id, $0)) }
            entries += alternates.map { Sitemap.Entry(path: $0.1, alternates: alternates) }
        }
        return entries
    }
}

/// A page waiting to be rendered: the view is built only when the page is, so memory stays flat.
public struct RenderJob: Sendable {
    public var path: String
    public var template: String
    /// The language whose page constants the job's view has, so that it renders with that language's templates;
    /// nil renders with the theme's own.
    public var language: String?
    /// A digest of everything the page shows, computed without rendering it; nil when the renderer has no
    /// digests, and the page must be rendered.
    public var fingerprint: @Sendable () -> UInt64?
    public var view: @Sendable () -> [String: Any]

    init(
        path: String, template: String, language: String? = nil, fingerprint: @escaping @Sendable () -> UInt64? = { nil },
        view: @escaping @Sendable () -> [String: Any]
    ) {
        self.path = path
        self.template = template
        self.language = language
        self.fingerprint = fingerprint
        self.view = view
    }
}

extension SiteRenderer {
    /// The page of `card`, a version of `practice`, rendered against this renderer's site as it stands: the dev
    /// server shows an edited card this way before the rebuild that follows has finished. Nil without a template.
    public func practicePage(_ practice: Practice, card: PracticeCard) -> OutputFile? {
        guard let context = contexts[card.language] else { return nil }
        let path = urls.file(for: urls.practice(card.id, card.language))
        return try? render(RenderJob(path: path, template: "practice", language: card.language) { PracticeView(context: context, practice: practice, card: card).render() })
    }
}
