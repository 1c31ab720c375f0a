import Foundation
import PracticaModel

/// A file of the search index, relative to `search/<lang>/`.
public struct SearchFile: Sendable {
    public var path: String
    public var bytes: Data
}

/// Labels for facet values, given by the caller, who knows the theme's words and the locale's formats.
public struct FacetLabels: Sendable {
    public var label: @Sendable (_ facet: String, _ key: String) -> String
    /// Value keys per facet in display order (taxonomies.yml's order, bands rising); others follow alphabetically.
    public var order: [String: [String]]

    public init(order: [String: [String]] = [:], _ label: @escaping @Sendable (_ facet: String, _ key: String) -> String) {
        self.label = label
        self.order = order
    }

    /// `keys` in display order.
    func ordered(_ keys: Set<String>, facet: String) -> [String] {
        let known = order[facet] ?? []
        return known.filter(keys.contains) + keys.subtracting(known).sorted()
    }
}

/// Builds one language's index (format version 1, docs/search-index.md) from the model.
public struct SearchIndexBuilder: Sendable {
    public static let formatVersion = 1
    public var language: String
    /// Shards close at about this many bytes: a query's few words then load a few small files, while the
    /// manifest, which lists every shard, stays small too (at 10,000 practices both are tens of kilobytes).
    public var shardBytes = 16_384
    /// A result page of 10 loads at most 10 chunks; small chunks keep the other documents' metadata out.
    public var docChunkSize = 4
    /// Saturation is applied after field weights of up to 10, so k1 is larger than the textbook 1.2:
    /// with 1.2 a title match barely outranked a body match.
    public var k1 = 5.0
    public var b = 0.75

    public init(language: String) { self.language = language }

    /// Every file of the index, the manifest last. With `cache`, only documents whose text changed since the
    /// build before are analysed again; the files are the same.
    public func build(_ documents: [SearchDocument], labels: FacetLabels, cache: SearchAnalysisCache? = nil) -> [SearchFile] {
        let analyzer = Analyzer(language: language)
        let statistics = self.statistics(documents, analyzer: analyzer, cache: cache)
        // Three independent parts, one per task on the cores: after the analysis they ran on one core alone.
        let parts = ParallelMap.map(Array(0..<3)) { part in
            var writer = IndexFileWriter()
            var paths: [String: ManifestValue] = [:]
            switch part {
            case 0:
                let terms = writer.termShards(postings(statistics), targetBytes: shardBytes)
                paths = ["terms": .list(terms.from), "termFiles": .text(terms.folder)]
            case 1: paths["vocab"] = .table(writer.vocabulary(Self.commonestForms(statistics)))
            default:
                paths["facets"] = .text(writer.facets(documents, labels: labels))
                paths["docs"] = .text(writer.documentChunks(documents, size: docChunkSize))
                paths["ids"] = .text(writer.ids(documents))
            }
            return (writer.files, paths)
        }
        var manifest: [String: Any] = [
            "version": Self.formatVersion, "language": language, "analyzer": analyzer.name,
            "documents": documents.count, "fields": SearchDocument.fields, "weights": SearchDocument.weights,
            "bm25": ["k1": k1, "b": b], "docChunkSize": docChunkSize,
        ]
        var writer = IndexFileWriter()
        for (files, paths) in parts {
            for file in files { writer.add(file.path, file.bytes) }
            for (key, value) in paths { manifest[key] = value.json }
        }
        writer.add("manifest.json", JSONFile.encode(manifest))
        return writer.files
    }

    /// A manifest value naming a part's files.
    private enum ManifestValue: Sendable {
        case text(String), list([String]), table([String: String])

        var json: Any {
            switch self {
            case .text(let text): text
            case .list(let list): list
            case .table(let table): table
            }
        }
    }

    /// term → the word form most often written for it (ties: the alphabetically first).
    static func commonestForms(_ statistics: [TermStatistics]) -> [String: String] {
        var counts: [Term: [Term: Int]] = [:]
        for stats in statistics {
            for (form, count) in stats.forms { counts[form.term, default: [:]][form.written, default: 0] += count }
        }
        var commonest: [String: String] = [:]
        commonest.reserveCapacity(counts.count)
        for (term, forms) in counts {
            commonest[term.text] = forms.min { ($1.value, $0.key.text) < ($0.value, $1.key.text) }?.key.text ?? ""
        }
        return commonest
    }

    /// Appends one posting in place: building it as a temporary array first was most of this loop's time.
    private static func append(_ gap: Int, _ score: Int, _ positions: ArraySlice<Int32>, to list: inout [Int]) {
        list.append(gap)
        list.append(score)
        list.append(positions.count)
        var last = 0
        for position in positions {
            list.append(Int(position) - last)
            last = Int(position)
        }
    }

    /// term → its postings in document order, flattened as `doc gap, score×100, position count, positions as gaps…`.
    func postings(_ statistics: [TermStatistics]) -> [String: [Int]] {
        let fieldCount = SearchDocument.fields.count
        var averages = Array(repeating: 0.0, count: fieldCount)
        for stats in statistics { for field in 0..<fieldCount { averages[field] += Double(stats.lengths[field]) } }
        averages = averages.map { statistics.isEmpty ? 0 : $0 / Double(statistics.count) }
        var postings: [Term: [Int]] = [:]
        var lastDoc: [Term: Int] = [:]
        for (doc, stats) in statistics.enumerated() {
            for (row, term) in stats.terms.enumerated() {
                let score = stats.score(row, weights: SearchDocument.weights, averages: averages, b: b)
                let gap = doc - (lastDoc.updateValue(doc, forKey: term) ?? 0)
                Self.append(gap, max(1, Int((score * 100).rounded())), stats.positions(row), to: &postings[term, default: []])
            }
        }
        return Dictionary(uniqueKeysWithValues: postings.lazy.map { ($0.key.text, $0.value) })
    }
}
