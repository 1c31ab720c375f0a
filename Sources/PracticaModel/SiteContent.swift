import PracticaCore
import PracticaSource

/// The whole site as typed values: what render and search work from.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var taxonomies: Taxonomies
    /// Sorted by id, so that every later stage sees one stable order.
    public var practices: [Practice] { didSet { practiceIndex = Self.index(practices) } }
    public var models: [Model]
    public var pages: [FreePage]
    public var assets: [AssetFile]

    public init(
        config: SiteConfig, taxonomies: Taxonomies, practices: [Practice] = [], models: [Model] = [],
        pages: [FreePage] = [], assets: [AssetFile] = []
    ) {
        self.config = config
        self.taxonomies = taxonomies
        self.practices = practices
        self.practiceIndex = Self.index(practices)
        self.models = models
        self.pages = pages
        self.assets = assets
    }

    /// The practice with `id`.
    public func practice(_ id: String) -> Practice? { practiceIndex[id].map { practices[$0] } }

    /// The model document with `id`.
    public func model(_ id: String) -> Model? { models.first { $0.id == id } }

    /// The ids of practices implementing model `id`: named by the model, or naming it.
    public func practices(implementing id: String) -> [String] {
        var ids = Set(practices.filter { $0.versions.contains { $0.model == id } }.map(\.id))
        for version in model(id)?.versions ?? [] { ids.formUnion(version.practices.map(\.text)) }
        return ids.filter { practice($0) != nil }.sorted()
    }

    /// The taxonomy label in `language` with the site's fallback.
    public func label(_ key: String, in facet: String, language: String) -> String {
        taxonomies.label(key, in: facet, language: language, default: config.defaultLanguage)
    }

    /// id → position in `practices`, kept in step with it: lists look practices up by id thousands of times.
    private var practiceIndex: [String: Int]

    private static func index(_ practices: [Practice]) -> [String: Int] {
        Dictionary(practices.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
