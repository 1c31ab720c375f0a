import Foundation
import PracticaModel
import PracticaRender
import PracticaSearch

/// Builds each language's search index from the model, with facet labels in that language.
struct SearchStage {
    let renderer: SiteRenderer
    /// Kept between builds by the dev server: documents whose text did not change are not analysed again.
    var cache: SearchAnalysisCache? = nil

    /// Every index file, under search/<lang>/.
    func files() -> [OutputFile] {
        let content = renderer.content
        cache?.beginBuild(languages: content.config.languages)
        // One language at a time: in parallel the stage took a quarter less time but the build's peak memory grew
        // by 300 MB at 10,000 practices, each language's statistics being held at once.
        return content.config.languages.map { language -> [OutputFile] in
            guard let context = renderer.contexts[language] else { return [] }
            // Documents go in title order, so that browsing by facets alone lists them as the catalog does: the catalog
            // order, already collated, without the practices written only in other languages.
            let cards = context.catalogOrder.compactMap { content.practice($0)?.version(in: language) }
            let documents = cards.map { card in
                    SearchDocument(
                        card: card, url: context.urls.practice(card.id, language), costBands: content.config.costBands,
                        label: { key, facet in content.label(key, in: facet, language: language) })
            }
            let labels = Self.labels(context)
            return SearchIndexBuilder(language: language).build(documents, labels: labels, cache: cache).map {
                OutputFile(path: "search/\(language)/\($0.path)", bytes: $0.bytes)
            }
        }.flatMap { $0 }
    }

    /// Facet value labels: taxonomy labels, the theme's words, and bands formatted for the language.
    static func labels(_ context: RenderContext) -> FacetLabels {
        var order = context.content.taxonomies.terms.mapValues { $0.map(\.key) }
        order["replication"] = Replication.allCases.map(\.rawValue)
        order["time"] = FacetValues.timeBands.map(\.key)
        order["cost"] = context.config.costBands.keys.sorted().flatMap { currency in
            (0...(context.config.costBands[currency]?.count ?? 0)).map { "\(currency)-\($0)" }
        }
        return FacetLabels(order: order) { facet, key in
            switch facet {
            case "replication": return context.strings["replication_\(key)"]
            case "language": return LanguageNames.endonym(key)
            case "cost": return costBandLabel(key, context: context)
            case "time": return timeBandLabel(key, context: context)
            default: return context.content.label(key, in: facet, language: context.language)
            }
        }
    }

    static func costBandLabel(_ key: String, context: RenderContext) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let band = Int(parts[1]), let limits = context.config.costBands[String(parts[0])] else { return key }
        let currency = String(parts[0])
        let from = band > 0 ? limits[band - 1] : nil
        let to = band < limits.count ? limits[band] : nil
        return context.format.costRange(Cost(from: from, to: to, currency: currency))
    }

    static func timeBandLabel(_ key: String, context: RenderContext) -> String {
        let bounds = key.split(separator: "-").compactMap { Double($0) }
        if key.hasSuffix("+"), let lower = Double(key.dropLast()) {
            return context.format.duration(Duration(lower: lower, openEnded: true, unit: .months))
        }
        guard bounds.count == 2 else { return key }
        return context.format.duration(Duration(lower: bounds[0], upper: bounds[1], unit: .months))
    }
}
