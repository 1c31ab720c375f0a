import PracticaCore
import PracticaModel

/// One fingerprint per page, from the digests of exactly what its view reads: equal fingerprints, equal bytes.
///
/// Each function mirrors a view in Views/; a view that starts reading something new must say so here,
/// or an edit to that thing will leave the page stale under `serve`. When in doubt, depend on more.
struct PageFingerprints: Sendable {
    let digests: RenderDigests
    let context: RenderContext

    /// Pages that read nothing but the site-wide inputs: the chooser, 404, search, compare and shortlist.
    func sitewide(_ path: String, _ template: String) -> UInt64 {
        make(path, template) { _ in }
    }

    /// The overview charts every practice in catalog order by the title, language, cost and time of the version the
    /// catalog lists (`ListViews.costTimeCharts`): an edit to anything else leaves it.
    func overview(_ path: String) -> UInt64 {
        make(path, "overview") { hasher in
            hasher.combine(context.catalogOrder.count)
            for id in context.catalogOrder {
                guard let practice = context.content.practice(id), let card = practice.version(in: context.language) ?? practice.versions.first
                else { continue }
                hasher.combine(id)
                hasher.combine(card.language)
                hasher.combine(card.title)
                Self.combine(card.cost, into: &hasher)
                Self.combine(card.implementationTime, into: &hasher)
            }
        }
    }

    /// Home shows how many practices there are, how many carry each topic, and the newest cards of its language.
    /// The newest are picked as `ListViews.home` picks them, and a few more: an edit to any other card leaves it.
    func home(_ path: String, topics: [String: Int]) -> UInt64 {
        let own = context.content.practices.compactMap { $0.version(in: context.language) }
        let newest = own.sorted { ($0.updated ?? $0.created ?? "", $1.id) > ($1.updated ?? $1.created ?? "", $0.id) }
        return make(path, "home") { hasher in
            hasher.combine(context.content.practices.count)
            for term in context.content.taxonomies.terms["topics"] ?? [] {
                hasher.combine(term.key)
                hasher.combine(topics[term.key] ?? 0)
            }
            hasher.combine(own.count)
            for card in newest.prefix(Self.homeNewest) { ids(card.id, into: &hasher) }
        }
    }

    /// More than the six newest cards the home page lists, so that a small change to that number stays safe.
    static let homeNewest = 12

    func modelsIndex(_ path: String) -> UInt64 {
        make(path, "models") { $0.combine(digests.allModels) }
    }

    /// A card page shows its practice (every version, for the switcher), its model's title and its related cards.
    func practice(_ path: String, _ practice: Practice, _ card: PracticeCard) -> UInt64 {
        make(path, "practice") { hasher in
            hasher.combine(optional: digests.practice(practice.id))
            hasher.combine(card.language)
            if let model = card.model {
                hasher.combine(model)
                hasher.combine(optional: digests.models[model])
            }
            for id in card.related { ids(id, into: &hasher) }
        }
    }

    /// A model page shows its document and the practices implementing it, named from either side.
    func model(_ path: String, _ model: Model) -> UInt64 {
        make(path, "model") { hasher in
            hasher.combine(optional: digests.models[model.id])
            let implementing = context.content.practices(implementing: model.id)
            hasher.combine(implementing.count)
            for id in implementing { ids(id, into: &hasher) }
        }
    }

    func page(_ path: String, _ page: FreePage) -> UInt64 {
        make(path, "page") { $0.combine(optional: digests.pages[page.id]) }
    }

    /// A catalog page shows its slice of the catalog order and the page count; a small catalog's first page
    /// also charts every practice.
    func catalog(_ path: String, page number: Int) -> UInt64 {
        let order = context.catalogOrder
        let paging = Paging(count: order.count, size: context.config.pageSize, number: number)
        return make(path, "catalog") { hasher in
            hasher.combine(number)
            hasher.combine(order.count)
            hasher.combine(context.content.practices.count)
            for id in order[paging.range] { ids(id, into: &hasher) }
            if number == 1, order.count <= ListViews.inlineOverviewLimit { hasher.combine(digests.allPractices) }
        }
    }

    /// A taxonomy index shows each term's count and the first practices with it, each as a title linking to the
    /// version the catalog lists (`RenderContext.entries`), so an edit to a body or a fact leaves it.
    func taxonomyIndex(_ path: String, terms: [(key: String, ids: [String])]) -> UInt64 {
        make(path, "taxonomy") { hasher in
            hasher.combine(terms.count)
            for term in terms {
                hasher.combine(term.key)
                hasher.combine(term.ids.count)
                for id in term.ids.prefix(ListViews.indexPreview) {
                    hasher.combine(id)
                    let practice = context.content.practice(id)
                    let listed = practice?.version(in: context.language) ?? practice?.versions.first
                    hasher.combine(listed?.language ?? "")
                    hasher.combine(listed?.title ?? "")
                }
            }
        }
    }

    /// A term page shows its slice of the term's practices, in catalog order, and the page count.
    func term(_ path: String, key: String, facet: String, ids termIDs: [String], page number: Int) -> UInt64 {
        let paging = Paging(count: termIDs.count, size: context.config.pageSize, number: number)
        return make(path, "term") { hasher in
            hasher.combine(facet)
            hasher.combine(key)
            hasher.combine(number)
            hasher.combine(termIDs.count)
            for id in termIDs[paging.range] { ids(id, into: &hasher) }
        }
    }

    /// A cost by the exact bits of its numbers (-0 and 0 print differently), and by its hash value too, which covers
    /// every stored property, should one be added: it is seeded per process, and fingerprints never leave it.
    private static func combine(_ cost: Cost?, into hasher: inout StableHasher) {
        hasher.combine(optional: cost.map { UInt64(bitPattern: Int64($0.hashValue)) })
        guard let cost else { return }
        hasher.combine(optional: cost.from?.bitPattern)
        hasher.combine(optional: cost.to?.bitPattern)
        hasher.combine(cost.currency)
        hasher.combine(cost.note ?? "")
    }

    private static func combine(_ duration: Duration?, into hasher: inout StableHasher) {
        hasher.combine(optional: duration.map { UInt64(bitPattern: Int64($0.hashValue)) })
        guard let duration else { return }
        hasher.combine(duration.lower.bitPattern)
        hasher.combine(optional: duration.upper?.bitPattern)
        hasher.combine(duration.openEnded)
        hasher.combine(duration.unit.rawValue)
    }

    /// A listed practice by id and digest, so that a different practice in the same place differs too.
    private func ids(_ id: String, into hasher: inout StableHasher) {
        hasher.combine(id)
        hasher.combine(optional: digests.practice(id))
    }

    /// The site-wide digest, the page's file and template, then what the page itself reads.
    private func make(_ path: String, _ template: String, _ parts: (inout StableHasher) -> Void) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(digests.global)
        hasher.combine(context.language)
        hasher.combine(path)
        hasher.combine(template)
        parts(&hasher)
        return hasher.value
    }
}
