import Foundation
import PracticaModel
import PracticaSource

/// Writes the text of a new card, model or page: every key of the contract, present or commented, with hints.
struct ScaffoldWriter {
    let language: String
    let taxonomies: Taxonomies
    /// The card being translated, for `--from`; its texts are copied and marked TRANSLATE.
    let source: PracticeCard?
    /// The source card's Markdown body, copied for translation.
    let sourceBody: String?
    let today: String

    private var lines: [String] = []

    init(language: String, taxonomies: Taxonomies, source: PracticeCard? = nil, sourceBody: String? = nil, today: String) {
        self.language = language
        self.taxonomies = taxonomies
        self.source = source
        self.sourceBody = sourceBody
        self.today = today
    }

    /// A practice card's text.
    mutating func practice() -> String {
        start()
        if source != nil { comment("translate") }
        required("title", text(source?.title, placeholder: word("new_title")))
        required("summary", text(source?.summary, placeholder: word("new_summary")))
        required("topics", keys(source?.topics ?? Array((taxonomies.terms["topics"] ?? []).prefix(1).map(\.key))), facet: "topics")
        optional("question", source?.question.map { text($0) }, empty: "\"\"")
        optional("audience", source.flatMap { $0.audience.isEmpty ? nil : keys($0.audience) }, empty: "[]", facet: "audience")
        optional("goal", source?.goal.map { text($0) }, empty: "\"\"")
        optional("tasks", source.flatMap { $0.tasks.isEmpty ? nil : "[" + $0.tasks.map { text($0) }.joined(separator: ", ") + "]" }, empty: "[]")
        optional("organization", source?.organization.map { text($0) }, empty: "\"\"")
        optional("partners", source.flatMap { $0.partners.isEmpty ? nil : keys($0.partners) }, empty: "[]", facet: "partners")
        optional("regions", source.flatMap { $0.regions.isEmpty ? nil : keys($0.regions) }, empty: "[]", facet: "regions")
        optional("implementation_time", source?.implementationTime?.description, empty: "6 months")
        optional("preparation_time", source?.preparationTime?.description, empty: "3 months")
        optional("cost", source?.cost.map(cost), empty: "{from: 10000, to: 50000, currency: EUR}")
        block("results", source.map { $0.results.map(result) } ?? [], empty: ["  - {value: 90%, text: \"\"}"])
        block("stages", source.map { $0.stages.map(stage) } ?? [], empty: ["  - {title: \"\", duration: 3 months, text: \"\"}"])
        optional("replication", source.flatMap { $0.replication.isEmpty ? nil : "[" + $0.replication.map(\.rawValue).joined(separator: ", ") + "]" }, empty: "[join, analog]")
        optional("evidence", source?.evidence, empty: taxonomies.terms["evidence"]?.first?.key ?? "evaluated", facet: "evidence")
        optional("model", source?.model, empty: "model-id")
        optional("related", source.flatMap { $0.related.isEmpty ? nil : keys($0.related) }, empty: "[]")
        block("contacts", source.map { $0.contacts.map(contact) } ?? [], empty: ["  - {name: \"\", email: \"\", url: \"\"}"])
        required("created", source?.created ?? today)
        optional("updated", source?.updated, empty: today)
        optional("draft", nil, empty: "true")
        return finish(body: source == nil ? "## \(word("new_heading"))\n" : "<!-- TRANSLATE -->\n\n" + (sourceBody ?? ""))
    }

    /// A model document's or a free page's text.
    mutating func document(model: Bool) -> String {
        start()
        required("title", text(nil, placeholder: word(model ? "new_model_title" : "new_page_title")))
        if model {
            required("summary", text(nil, placeholder: word("new_model_summary")))
            optional("practices", nil, empty: "[]")
            required("created", today)
        } else {
            optional("summary", nil, empty: "\"\"")
        }
        optional("draft", nil, empty: "true")
        return finish(body: "## \(word("new_heading"))\n")
    }

    // MARK: - Lines

    private mutating func start() { lines = ["---"] }

    private mutating func finish(body: String) -> String {
        lines.append("---")
        lines.append("<!-- \(ScaffoldHints.hint("body", language: language)) -->")
        return lines.joined(separator: "\n") + "\n\n" + body
    }

    private mutating func comment(_ key: String) { lines.append("# " + ScaffoldHints.hint(key, language: language)) }

    private mutating func required(_ key: String, _ value: String, facet: String? = nil) {
        comment(key)
        if let facet { lines.append(available(facet)) }
        lines.append("\(key): \(value)")
    }

    private mutating func optional(_ key: String, _ value: String?, empty: String, facet: String? = nil) {
        comment(key)
        if let facet { lines.append(available(facet)) }
        lines.append(value.map { "\(key): \($0)" } ?? "# \(key): \(empty)")
    }

    private mutating func block(_ key: String, _ items: [String], empty: [String]) {
        comment(key)
        if items.isEmpty {
            lines.append("# \(key):")
            lines += empty.map { "# " + $0 }
        } else {
            lines.append("\(key):")
            lines += items.map { "  - " + $0 }
        }
    }

    private func available(_ facet: String) -> String {
        let keys = (taxonomies.terms[facet] ?? []).map(\.key)
        return "#   (" + keys.prefix(15).joined(separator: ", ") + (keys.count > 15 ? ", …" : "") + ")"
    }

    // MARK: - Values

    /// A YAML double-quoted string; a translated text is marked so that the editor finds it.
    private func text(_ value: String?, placeholder: String = "") -> String {
        guard let value else { return quoted(placeholder) }
        return quoted(source == nil ? value : "TRANSLATE: " + value)
    }

    private func quoted(_ value: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [value], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    private func word(_ key: String) -> String { ScaffoldHints.hint(key, language: language) }

    private func keys(_ values: [String]) -> String { "[" + values.joined(separator: ", ") + "]" }

    /// An amount as YAML reads it back: whole numbers in plain digits where Int64 holds them (it traps beyond), fractions kept.
    private func amount(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private func cost(_ cost: Cost) -> String {
        var parts: [String] = []
        if let from = cost.from { parts.append("from: " + amount(from)) }
        if let to = cost.to { parts.append("to: " + amount(to)) }
        parts.append("currency: \(cost.currency)")
        if let note = cost.note { parts.append("note: " + text(note)) }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private func result(_ result: PracticeResult) -> String {
        result.value.map { "{value: \(quoted($0)), text: \(text(result.text))}" } ?? text(result.text)
    }

    private func stage(_ stage: Stage) -> String {
        var parts = ["title: " + text(stage.title)]
        if let duration = stage.duration { parts.append("duration: \(duration.description)") }
        if let body = stage.text { parts.append("text: " + text(body)) }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private func contact(_ contact: Contact) -> String {
        var parts: [String] = []
        if let name = contact.name { parts.append("name: " + quoted(name)) }
        if let email = contact.email { parts.append("email: " + quoted(email)) }
        if let url = contact.url { parts.append("url: " + quoted(url)) }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}
