import Foundation
import PracticaCore
import PracticaModel
import PracticaSource

/// What `practica new` was asked for.
public struct ScaffoldRequest: Sendable {
    public var kind: ContentKind
    public var id: String
    public var language: String
    public var site: String
    /// The language version to start a translation from.
    public var from: String?

    public init(kind: ContentKind, id: String, language: String, site: String = ".", from: String? = nil) {
        self.kind = kind
        self.id = id
        self.language = language
        self.site = site
        self.from = from
    }

    /// The new file, relative to the site folder.
    public var path: String { "content/\(kind.rawValue)/\(id)/\(language).md" }
}

/// Writes a new document that passes `check`, never over an existing file.
public struct Scaffolder: Sendable {
    public var environment: BuildEnvironment

    public init(environment: BuildEnvironment = BuildEnvironment()) { self.environment = environment }

    /// Writes the scaffold, or returns the diagnostics that prevented it.
    public func create(_ request: ScaffoldRequest) -> [Diagnostic] {
        let location = SourceLocation(path: request.path)
        guard Slug.isValid(request.id) else {
            return [.error("id '\(request.id)' is not a slug", at: location, hint: "use lowercase letters, digits and single hyphens, like '\(Slug.suggest(request.id))'")]
        }
        var diagnostics: [Diagnostic] = []
        let loader = SiteLoader(fileSystem: environment.fileSystem, site: request.site)
        let loaded = loader.load(diagnostics: &diagnostics)
        if SiteLoader.settingsFailed(diagnostics) {
            return diagnostics.filter { $0.severity == .error }
        }
        for language in [request.language] + (request.from.map { [$0] } ?? []) where !loaded.config.languages.contains(language) {
            return [.error("'\(language)' is not a language of this site", at: location, hint: Suggestion.hint(for: language, among: loaded.config.languages) ?? "site.yml lists \(loaded.config.languages.joined(separator: ", "))")]
        }
        let target = request.site + "/" + request.path
        guard environment.fileSystem.kind(of: target) == nil else {
            return [.error("\(request.path) already exists; nothing was written", at: location, hint: "edit it, or choose another id or language")]
        }
        let text: String
        do { text = try scaffoldText(request, loaded: loaded, loader: loader) } catch { return [error.diagnostic] }
        do { try environment.fileSystem.write(text, to: target) } catch {
            return [.error("cannot write the file: \(error.localizedDescription)", at: location)]
        }
        return []
    }

    private func scaffoldText(_ request: ScaffoldRequest, loaded: LoadedSite, loader: SiteLoader) throws(ContentError) -> String {
        let today = Self.dateFormatter.string(from: environment.now())
        guard let from = request.from else {
            var writer = ScaffoldWriter(language: request.language, taxonomies: loaded.taxonomies, today: today)
            return request.kind == .practices ? writer.practice() : writer.document(model: request.kind == .models)
        }
        let sourcePath = "content/\(request.kind.rawValue)/\(request.id)/\(from).md"
        let written = loaded.inventory.documents.filter { $0.kind == request.kind && $0.id == request.id }.map(\.language)
        guard written.contains(from) else {
            throw ContentError(
                "there is no '\(from)' version of '\(request.id)' to translate from", at: SourceLocation(path: sourcePath),
                hint: written.isEmpty ? "no \(request.kind.rawValue.dropLast()) has the id '\(request.id)'" : "it is written in \(written.joined(separator: ", "))")
        }
        let source = try loader.readDocument(sourcePath)
        guard request.kind == .practices else {
            // Models and pages have few keys: their front matter is copied as written, with the mark on top.
            return "---\n# TRANSLATE: " + ScaffoldHints.hint("translate", language: request.language) + "\n" + source.frontMatter + "\n---\n<!-- TRANSLATE -->\n\n" + source.body
        }
        var diagnostics: [Diagnostic] = []
        let content = ContentReader(fileSystem: environment.fileSystem, site: request.site, includeDrafts: true).read(loaded, diagnostics: &diagnostics)
        guard let card = content.practice(request.id)?.version(in: from) else {
            throw ContentError("\(sourcePath) does not read as a card; fix it first", at: SourceLocation(path: sourcePath))
        }
        var writer = ScaffoldWriter(language: request.language, taxonomies: loaded.taxonomies, source: card, sourceBody: source.body, today: today)
        return writer.practice()
    }

    private static var dateFormatter: DateFormatter {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter
    }
}
