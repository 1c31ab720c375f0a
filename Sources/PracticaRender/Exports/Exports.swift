import Foundation
import PracticaModel
import PracticaCore

/// /api/practices.json, /api/practices/<id>.json and /api/practices.csv: the catalog as data.
struct Exports {
    let renderer: SiteRenderer

    /// The CSV columns, in order.
    static let columns = [
        "id", "lang", "title", "topics", "audience", "regions", "cost_from", "cost_to", "currency",
        "implementation_months", "preparation_months", "evidence", "replication", "url",
    ]
    static let formatVersion = 1

    func files() -> [OutputFile] {
        var all: [JSONText.Fragment] = []
        var files: [OutputFile] = []
        var csv = CSVTable(header: Self.columns)
        for practice in renderer.content.practices {
            let cards = practice.versions.compactMap { card in renderer.contexts[card.language].map { CardExport(context: $0, card: card) } }
            let objects = cards.map { JSONText.Fragment($0.object()) }
            all += objects
            files.append(OutputFile(path: "api/practices/\(practice.id).json", bytes: JSONExport.data(["version": Self.formatVersion, "id": practice.id, "translations": objects])))
            csv.rows += cards.map(row)
        }
        files.append(OutputFile(path: "api/practices.json", bytes: JSONExport.data(["version": Self.formatVersion, "practices": all])))
        files.append(OutputFile(path: "api/practices.csv", bytes: Data(csv.text().utf8)))
        return files
    }

    private func row(_ export: CardExport) -> [String] {
        let card = export.card
        func number(_ value: Double?) -> String {
            guard let value else { return "" }
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        return [
            card.id, card.language, card.title, card.topics.joined(separator: ";"), card.audience.joined(separator: ";"),
            card.regions.joined(separator: ";"), number(card.cost?.from), number(card.cost?.to), card.cost?.currency ?? "",
            number(card.implementationTime.map { CardExport.rounded($0.lowerMonths) }),
            number(card.preparationTime.map { CardExport.rounded($0.lowerMonths) }), card.evidence ?? "",
            card.replication.map(\.rawValue).joined(separator: ";"),
            export.context.urls.absolute(export.context.urls.practice(card.id, card.language)),
        ]
    }
}

/// JSON as the exports write it: sorted keys, so the files are byte-identical from build to build.
enum JSONExport {
    static func data(_ object: Any) -> Data { JSONText.data(object) }
}
