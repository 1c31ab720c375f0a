import PracticaModel
import PracticaSource

/// Which practices carry each taxonomy term, from one pass over the cards. Term pages and their fingerprints
/// ask for every term in every language; filtering every practice once per term cost seconds at 10,000 practices.
struct TermIndex: Sendable {
    /// Practice id → its facet and term keys, each once, whichever versions give them.
    private var terms: [String: [FacetTerm]] = [:]
    /// Facet → term key → how many practices carry it.
    private(set) var counts: [String: [String: Int]] = [:]

    struct FacetTerm: Hashable, Sendable {
        var facet: String
        var key: String
    }

    init(_ content: SiteContent) {
        for practice in content.practices {
            var seen: Set<FacetTerm> = []
            var found: [FacetTerm] = []
            for card in practice.versions {
                for facet in Taxonomies.names {
                    for key in card.keys(for: facet) where seen.insert(FacetTerm(facet: facet, key: key)).inserted {
                        found.append(FacetTerm(facet: facet, key: key))
                        counts[facet, default: [:]][key, default: 0] += 1
                    }
                }
            }
            terms[practice.id] = found
        }
    }

    /// Facet → term key → the ids of the practices carrying it (in any of its versions), in `order` (a
    /// language's catalog order).
    func ids(in order: [String]) -> [String: [String: [String]]] {
        var result: [String: [String: [String]]] = [:]
        for id in order {
            for term in terms[id] ?? [] { result[term.facet, default: [:]][term.key, default: []].append(id) }
        }
        return result
    }
}
