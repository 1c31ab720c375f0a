import PracticaCore
import PracticaModel

/// What pages are made of, digested once per build: the site-wide inputs, and each document from the bytes
/// its versions were parsed from. Page fingerprints combine these without rendering anything.
public struct RenderDigests: Sendable {
    /// Everything every page may show: site.yml, taxonomies, the theme and its words, the base URL, and
    /// which models and free pages exist in which language (the navigation links them).
    public var global: UInt64
    /// Per id: the practice's versions, each by language and source digest.
    var practices: [String: UInt64] = [:]
    var models: [String: UInt64] = [:]
    var pages: [String: UInt64] = [:]
    /// Every practice, in id order: for pages that count, chart or pick among all of them.
    var allPractices: UInt64 = 0
    var allModels: UInt64 = 0

    /// `sources` holds the digest of each document's bytes by path, `inputs` the digest of the site-wide files
    /// and options. Nil when a document has no source digest: without one no page can be known unchanged.
    public init?(content: SiteContent, sources: [String: UInt64], inputs: UInt64) {
        func digest<D>(_ id: String, _ versions: [D], _ language: (D) -> String, _ path: (D) -> String) -> UInt64? {
            var hasher = StableHasher()
            hasher.combine(id)
            hasher.combine(versions.count)
            for version in versions {
                guard let source = sources[path(version)] else { return nil }
                hasher.combine(language(version))
                hasher.combine(source)
            }
            return hasher.value
        }
        for practice in content.practices {
            guard let value = digest(practice.id, practice.versions, \.language, \.path) else { return nil }
            practices[practice.id] = value
        }
        for model in content.models {
            guard let value = digest(model.id, model.versions, \.language, \.path) else { return nil }
            models[model.id] = value
        }
        for page in content.pages {
            guard let value = digest(page.id, page.versions, \.language, \.path) else { return nil }
            pages[page.id] = value
        }
        allPractices = Self.combined(content.practices.map(\.id), practices)
        allModels = Self.combined(content.models.map(\.id), models)
        var hasher = StableHasher()
        hasher.combine(inputs)
        hasher.combine(content.config.languages.joined(separator: ","))
        for model in content.models { hasher.combine(model.id + ":" + model.languages.joined(separator: ",")) }
        for page in content.pages { hasher.combine(page.id + ":" + page.languages.joined(separator: ",")) }
        global = hasher.value
    }

    /// The practice's digest; nil for an id the site does not have (a link to a missing card).
    func practice(_ id: String) -> UInt64? { practices[id] }

    private static func combined(_ ids: [String], _ digests: [String: UInt64]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(ids.count)
        for id in ids {
            hasher.combine(id)
            hasher.combine(optional: digests[id])
        }
        return hasher.value
    }
}
