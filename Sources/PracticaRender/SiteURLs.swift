import PracticaModel
import PracticaSource

/// The output URL layout: one place that users, links and tests rely on.
public struct SiteURLs: Sendable {
    /// The path part of base_url, with slashes at both ends: "/" or "/practices/".
    public var root: String
    /// base_url with one trailing slash, for canonical and absolute links.
    public var base: String

    public init(baseURL: String) {
        let normalized = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        base = normalized
        if let scheme = normalized.range(of: "://"),
            let slash = normalized[scheme.upperBound...].firstIndex(of: "/")
        {
            root = String(normalized[slash...])
        } else {
            root = normalized.hasPrefix("/") ? normalized : "/" + normalized
        }
    }

    /// Folders a free page's id may not take, since other pages live there.
    public static let reservedIDs: Set<String> = Set([
        "practices", "models", "search", "compare", "shortlist", "feed", "assets", "api",
    ]).union(Taxonomies.names)

    public func languageChooser() -> String { root }
    public func home(_ language: String) -> String { "\(root)\(language)/" }
    public func catalog(_ language: String) -> String { "\(root)\(language)/practices/" }
    /// Page `number` of a paged list whose first page is `first`: /<lang>/practices/page/2/.
    public func page(_ number: Int, of first: String) -> String { number <= 1 ? first : "\(first)page/\(number)/" }
    public func practice(_ id: String, _ language: String) -> String { "\(root)\(language)/practices/\(id)/" }
    public func models(_ language: String) -> String { "\(root)\(language)/models/" }
    public func model(_ id: String, _ language: String) -> String { "\(root)\(language)/models/\(id)/" }
    public func page(_ id: String, _ language: String) -> String { "\(root)\(language)/\(id)/" }
    /// The page of a practice, model or free page.
    public func document(_ kind: ContentKind, _ id: String, _ language: String) -> String {
        switch kind {
        case .practices: practice(id, language)
        case .models: model(id, language)
        case .pages: page(id, language)
        }
    }
    public func taxonomy(_ facet: String, _ language: String) -> String { "\(root)\(language)/\(facet)/" }
    public func term(_ key: String, in facet: String, _ language: String) -> String { "\(root)\(language)/\(facet)/\(key)/" }
    public func search(_ language: String) -> String { "\(root)\(language)/search/" }
    public func overview(_ language: String) -> String { "\(root)\(language)/practices/overview/" }
    public func compare(_ language: String) -> String { "\(root)\(language)/compare/" }
    public func shortlist(_ language: String) -> String { "\(root)\(language)/shortlist/" }
    public func feed(_ language: String) -> String { "\(root)\(language)/feed.xml" }
    public func asset(_ name: String) -> String { "\(root)assets/\(name)" }

    /// The absolute address of a site path, for canonical links, feeds and the sitemap.
    public func absolute(_ path: String) -> String {
        guard path.hasPrefix(root) else { return base + path }
        return base + path.dropFirst(root.count)
    }

    /// The output file for a URL path: folders get index.html.
    public func file(for path: String) -> String {
        let relative = String(path.dropFirst(root.count))
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }
}
