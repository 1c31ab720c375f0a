import Foundation
import PracticaCore

/// Turns postings, vocabulary, facets and document metadata into hashed JSON files.
struct IndexFileWriter {
    private(set) var files: [SearchFile] = []

    mutating func add(_ path: String, _ data: Data) { files.append(SearchFile(path: path, bytes: data)) }

    /// Writes `data` under `folder/name.<hash>.json` and returns that path.
    private mutating func addHashed(_ folder: String, _ name: String, _ data: Data) -> String {
        let path = "\(folder)\(name).\(ContentHash.of(data)).json"
        add(path, data)
        return path
    }

    /// Writes numbered files `0.json`, `1.json`… into `folder/<hash>/`, the hash covering them all, and
    /// returns that folder: the manifest then names one folder instead of a hash per file.
    private mutating func addNumbered(_ folder: String, _ contents: [Data]) -> String {
        var all = Data()
        for data in contents { all.append(contentsOf: ContentHash.of(data).utf8) }
        let path = "\(folder)\(ContentHash.of(all))/"
        for (number, data) in contents.enumerated() { add("\(path)\(number).json", data) }
        return path
    }

    /// Term shards of about `targetBytes`; returns each shard's lowest term (`from`, in term order) and their folder.
    mutating func termShards(_ postings: [String: [Int]], targetBytes: Int) -> (from: [String], folder: String) {
        let shards = TermShards(targetBytes: targetBytes).split(postings)
        return (shards.map(\.from), addNumbered("terms/", shards.map(\.json)))
    }

    /// Terms by length in Unicode scalars, each with its commonest word form where that differs; returns length → path.
    mutating func vocabulary(_ forms: [String: String]) -> [String: String] {
        var byLength: [Int: [String]] = [:]
        for term in forms.keys { byLength[term.unicodeScalars.count, default: []].append(term) }
        var paths: [String: String] = [:]
        for length in byLength.keys.sorted() {
            let entries: [Any] = (byLength[length] ?? []).sorted().map { term in
                let form = forms[term] ?? term
                return form == term || form.isEmpty ? term as Any : [term, form] as Any
            }
            paths[String(length)] = addHashed("vocab/", String(length), JSONFile.encode(entries))
        }
        return paths
    }

    /// The facets file: each facet's values with labels, and each document's value indexes.
    mutating func facets(_ documents: [SearchDocument], labels: FacetLabels) -> String {
        var facetList: [[String: Any]] = []
        var valueIndex: [String: Int] = [:]
        for name in FacetValues.names {
            // Every known value is listed, used here or not, so that results merged from several languages
            // and catalog entries in other languages still find their labels in this language.
            let used = Set(documents.flatMap { $0.facets[name] ?? [] })
            let keys = labels.ordered(used.union(name == "language" ? [] : labels.order[name] ?? []), facet: name)
            guard !keys.isEmpty else { continue }
            for key in keys { valueIndex[name + "\u{0}" + key] = valueIndex.count }
            facetList.append(["name": name, "values": keys.map { ["key": $0, "label": labels.label(name, $0)] }])
        }
        let docs = documents.map { document in
            FacetValues.names.flatMap { name in (document.facets[name] ?? []).compactMap { valueIndex[name + "\u{0}" + $0] } }
        }
        return addHashed("", "facets", JSONFile.encode(["facets": facetList, "docs": docs] as [String: Any]))
    }

    /// The practice id of every document, by document number: with the facets file, enough to filter a whole catalog.
    mutating func ids(_ documents: [SearchDocument]) -> String {
        addHashed("", "ids", JSONFile.encode(documents.map(\.id)))
    }

    /// Result metadata in chunks of `size` documents; returns their folder (chunk n is `<folder>n.json`).
    mutating func documentChunks(_ documents: [SearchDocument], size: Int) -> String {
        let chunks = stride(from: 0, to: documents.count, by: size).map { start in
            JSONFile.encode(documents[start..<min(start + size, documents.count)].map { document -> [String: Any] in
                ["id": document.id, "title": document.title, "summary": document.summary, "url": document.url,
                 "lang": document.language, "facets": document.facets]
            })
        }
        return addNumbered("docs/", chunks)
    }
}

/// JSON with sorted keys and unescaped slashes: byte-identical from run to run.
enum JSONFile {
    static func encode(_ object: Any) -> Data { JSONText.data(object) }
}
