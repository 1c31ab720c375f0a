import Foundation
import PracticaCore
import PracticaSource

extension SiteContent {
    /// Checks what no single file can: taxonomy keys, links between documents, and agreement of translations.
    public func validate(knownIDs: [ContentKind: Set<String>] = [:]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for practice in practices {
            for card in practice.versions {
                diagnostics += checkTaxonomyKeys(card)
                diagnostics += checkLinks(card, knownIDs: knownIDs)
            }
            diagnostics += TranslationAgreement.check(practice)
        }
        for model in models {
            for document in model.versions {
                for item in document.practices where practice(item.text) == nil && !(knownIDs[.practices]?.contains(item.text) ?? false) {
                    diagnostics.append(unknownID(item, kind: "practice", candidates: practices.map(\.id)))
                }
            }
        }
        return diagnostics
    }

    private func checkTaxonomyKeys(_ card: PracticeCard) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for facet in Taxonomies.names {
            let known = taxonomies.terms[facet]?.map(\.key) ?? []
            for item in card.valueLocations[facet] ?? [] where !known.contains(item.text) {
                diagnostics.append(.error(
                    "unknown \(Self.singular(facet)) '\(item.text)'", at: item.location,
                    hint: Self.listHint(for: item.text, among: known) ?? Suggestion.hint(for: item.text, among: known)
                        ?? "add it to content/taxonomies.yml under \(facet)"))
            }
        }
        return diagnostics
    }

    private func checkLinks(_ card: PracticeCard, knownIDs: [ContentKind: Set<String>]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for item in card.valueLocations["related"] ?? [] {
            if item.text == card.id {
                diagnostics.append(.warning("a practice is related to itself", at: item.location))
            } else if practice(item.text) == nil {
                if knownIDs[.practices]?.contains(item.text) == true {
                    // The card exists but is a draft or failed to parse (reported on its own); only say what the reader will miss.
                    diagnostics.append(.warning("related practice '\(item.text)' is not in this build; the link is left out", at: item.location, hint: "is it a draft?"))
                } else {
                    diagnostics.append(unknownID(item, kind: "related practice", candidates: practices.map(\.id)))
                }
            }
        }
        if let id = card.model, model(id) == nil, knownIDs[.models]?.contains(id) != true {
            let location = card.valueLocations["model"]?.first?.location ?? card.locations["model"] ?? SourceLocation(path: card.path)
            diagnostics.append(unknownID(LocatedText(text: id, location: location), kind: "model", candidates: models.map(\.id)))
        }
        return diagnostics
    }

    private func unknownID(_ item: LocatedText, kind: String, candidates: [String]) -> Diagnostic {
        .error(
            "unknown \(kind) '\(item.text)'", at: item.location,
            hint: Self.listHint(for: item.text, among: candidates) ?? Suggestion.hint(for: item.text, among: candidates)
                ?? "no document has this id")
    }

    /// For `topics: a, b`, which YAML reads as the one text "a, b": the brackets that make it a list.
    static func listHint(for text: String, among known: [String]) -> String? {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count > 1, parts.contains(where: known.contains) else { return nil }
        return "a list needs brackets: [\(parts.joined(separator: ", "))]"
    }

    /// "topics" → "topic", for messages.
    static func singular(_ facet: String) -> String {
        switch facet {
        case "topics": "topic"
        case "regions": "region"
        case "partners": "partner"
        default: facet
        }
    }
}

/// Translations of one practice must agree on ids, keys and dates wherever both give them.
enum TranslationAgreement {
    static let checkedKeys: [(String, @Sendable (PracticeCard) -> [String]?)] = [
        ("topics", { $0.topics.isEmpty ? nil : $0.topics.sorted() }),
        ("audience", { $0.audience.isEmpty ? nil : $0.audience.sorted() }),
        ("partners", { $0.partners.isEmpty ? nil : $0.partners.sorted() }),
        ("regions", { $0.regions.isEmpty ? nil : $0.regions }),
        ("evidence", { $0.evidence.map { [$0] } }),
        ("replication", { $0.replication.isEmpty ? nil : $0.replication.map(\.rawValue).sorted() }),
        ("model", { $0.model.map { [$0] } }),
        ("related", { $0.related.isEmpty ? nil : $0.related.sorted() }),
        ("created", { $0.created.map { [$0] } }),
        ("updated", { $0.updated.map { [$0] } }),
    ]

    /// Each key is compared with the first version that gives it, so that two translations that both give a
    /// key still have to agree when the first one leaves it out.
    static func check(_ practice: Practice) -> [Diagnostic] {
        let references = checkedKeys.map { _, values in practice.versions.lazy.compactMap { card in values(card).map { (card, $0) } }.first }
        var diagnostics: [Diagnostic] = []
        for card in practice.versions {
            for ((key, values), reference) in zip(checkedKeys, references) {
                guard let (reference, theirs) = reference, reference.path != card.path, let mine = values(card), mine != theirs
                else { continue }
                diagnostics.append(.error(
                    "'\(key)' disagrees with \(reference.path): \(mine.joined(separator: ", ")) here, \(theirs.joined(separator: ", ")) there",
                    at: card.locations[key] ?? SourceLocation(path: card.path),
                    hint: "translations share ids, keys and dates"))
            }
        }
        return diagnostics
    }
}
