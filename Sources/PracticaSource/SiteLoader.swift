import Foundation
import PracticaCore

/// What the source stage hands on: settings, facets and the list of documents.
public struct LoadedSite: Sendable {
    public var config: SiteConfig
    public var taxonomies: Taxonomies
    public var inventory: ContentInventory
}

/// Reads site.yml and taxonomies.yml and walks content/.
public struct SiteLoader {
    public var fileSystem: any FileSystem
    public var site: String

    public init(fileSystem: any FileSystem, site: String) {
        self.fileSystem = fileSystem
        self.site = site
    }

    /// Loads the site's settings and inventory, collecting every problem into `diagnostics`.
    public func load(diagnostics: inout [Diagnostic]) -> LoadedSite {
        guard fileSystem.kind(of: site + "/content") == .directory else {
            diagnostics.append(.error("no content folder", at: SourceLocation(path: "content"), hint: "run practica in a site folder, or pass --site DIR"))
            return LoadedSite(config: SiteConfig(), taxonomies: Taxonomies(), inventory: ContentInventory())
        }
        let config = SiteConfig.read(readYAML("content/site.yml", required: true, diagnostics: &diagnostics), path: "content/site.yml", diagnostics: &diagnostics)
        // Without usable settings every document and label would be checked against stand-in languages, and the
        // one real error would be lost among a hundred that follow from it.
        guard !Self.settingsFailed(diagnostics) else { return LoadedSite(config: config, taxonomies: Taxonomies(), inventory: ContentInventory()) }
        let taxonomies = Taxonomies.read(
            readYAML("content/taxonomies.yml", required: false, diagnostics: &diagnostics),
            path: "content/taxonomies.yml", config: config, diagnostics: &diagnostics)
        let walker = ContentWalker(fileSystem: fileSystem, site: site, languages: config.languages)
        return LoadedSite(config: config, taxonomies: taxonomies, inventory: walker.walk(diagnostics: &diagnostics))
    }

    /// Whether `diagnostics` leave nothing to check the rest of a site against: an error in site.yml (no
    /// languages to expect) or no readable content/ at all. Warnings there never stop a build.
    public static func settingsFailed(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error && ($0.location.path.hasPrefix("content/site.yml") || $0.location.path == "content") }
    }

    /// Reads a document's text and splits its front matter, or reports why not.
    public func readDocument(_ path: String) throws(ContentError) -> SourceDocument {
        let text = try readText(path)
        return try FrontMatter.split(text, path: path)
    }

    /// A file's UTF-8 text.
    public func readText(_ path: String) throws(ContentError) -> String {
        let data: Data
        do { data = try fileSystem.read(site + "/" + path) } catch {
            throw ContentError("cannot read file: \(error.localizedDescription)", at: SourceLocation(path: path))
        }
        return try TextDecoding.decode(data, path: path)
    }

    private func readYAML(_ path: String, required: Bool, diagnostics: inout [Diagnostic]) -> YAMLNode? {
        guard fileSystem.kind(of: site + "/" + path) == .file else {
            if required { diagnostics.append(.error("missing \(path)", at: SourceLocation(path: path), hint: "every site needs content/site.yml with title, base_url and languages")) }
            return nil
        }
        do {
            return try YAMLReader.parse(try readText(path), path: path)
        } catch {
            diagnostics.append(error.diagnostic)
            return nil
        }
    }
}
