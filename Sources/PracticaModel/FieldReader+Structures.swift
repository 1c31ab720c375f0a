import Foundation
import PracticaCore
import PracticaSource

/// Readers for the contract's structured fields: cost, results, stages, contacts.
extension FieldReader {
    mutating func cost() -> Cost? {
        guard let node = root["cost"] else { return nil }
        guard let entries = node.mapping else {
            error("'cost' must be a mapping {from, to, currency, note}, found \(node.kindName)", at: node.location)
            return nil
        }
        reportUnknownKeys(entries, known: ["from", "to", "currency", "note"], diagnostics: &diagnostics)
        let from = number(node["from"], key: "cost.from")
        let to = number(node["to"], key: "cost.to")
        guard let currencyNode = node["currency"], let currency = scalar(currencyNode, key: "cost.currency") else {
            error("'cost' needs a currency", at: node.location, hint: "an ISO 4217 code such as RUB, ILS, EUR, BGN or USD")
            return nil
        }
        if !Cost.isKnownCurrency(currency) {
            error(
                "unknown currency '\(currency)'", at: currencyNode.location,
                hint: Suggestion.hint(for: currency.uppercased(), among: ["RUB", "ILS", "EUR", "BGN", "USD", "GBP"])
                    ?? "use an ISO 4217 code such as RUB, ILS, EUR, BGN or USD")
        }
        if from == nil, to == nil { error("'cost' needs from, to or both", at: node.location) }
        if let from, let to, from > to {
            error("cost from (\(formatted(from))) is greater than to (\(formatted(to)))", at: node["from"]?.location ?? node.location)
        }
        let note = node["note"].flatMap { scalar($0, key: "cost.note") }
        return Cost(from: from, to: to, currency: currency, note: note)
    }

    private mutating func number(_ node: YAMLNode?, key: String) -> Double? {
        guard let node, let text = scalar(node, key: key) else { return nil }
        guard let value = ISO4217.amount(text) else {
            error("'\(key)' must be a non-negative number, found '\(text)'", at: node.location)
            return nil
        }
        return value
    }

    /// `1000000` rather than `1000000.0`; past Int64's range (the parser takes any finite number) `Int64(_:)` would trap.
    private func formatted(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    mutating func results() -> [PracticeResult] {
        items("results").compactMap { item -> PracticeResult? in
            if let text = item.scalar { return PracticeResult(value: nil, text: text) }
            guard let entries = item.mapping else {
                error("a result must be {value, text}, found \(item.kindName)", at: item.location)
                return nil
            }
            reportUnknownKeys(entries, known: ["value", "text"], diagnostics: &diagnostics)
            guard let text = item["text"].flatMap({ scalar($0, key: "results.text") }) else {
                error("a result needs a text", at: item.location)
                return nil
            }
            return PracticeResult(value: item["value"].flatMap { scalar($0, key: "results.value") }, text: text)
        }
    }

    mutating func stages() -> [Stage] {
        items("stages").compactMap { item -> Stage? in
            guard let entries = item.mapping else {
                error("a stage must be {title, duration, text}, found \(item.kindName)", at: item.location)
                return nil
            }
            reportUnknownKeys(entries, known: ["title", "duration", "text"], diagnostics: &diagnostics)
            guard let title = item["title"].flatMap({ scalar($0, key: "stages.title") }) else {
                error("a stage needs a title", at: item.location)
                return nil
            }
            var stageDuration: Duration?
            if let node = item["duration"], let text = scalar(node, key: "stages.duration") {
                stageDuration = duration(text, at: node.location, key: "stages.duration")
            }
            return Stage(title: title, duration: stageDuration, text: item["text"].flatMap { scalar($0, key: "stages.text") })
        }
    }

    mutating func contacts() -> [Contact] {
        items("contacts").compactMap { item -> Contact? in
            guard let entries = item.mapping else {
                error("a contact must be {name, email, url}, found \(item.kindName)", at: item.location)
                return nil
            }
            reportUnknownKeys(entries, known: ["name", "email", "url"], diagnostics: &diagnostics)
            let contact = Contact(
                name: item["name"].flatMap { scalar($0, key: "contacts.name") },
                email: item["email"].flatMap { scalar($0, key: "contacts.email") },
                url: item["url"].flatMap { scalar($0, key: "contacts.url") })
            if let email = contact.email, !email.contains("@") || email.contains(" ") {
                error("'\(email)' is not an email address", at: item["email"]?.location ?? item.location)
            }
            if let url = contact.url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                error("contact url must start with http:// or https://", at: item["url"]?.location ?? item.location)
            }
            return contact
        }
    }

    /// The items of a list key, reporting a non-list.
    private mutating func items(_ key: String) -> [YAMLNode] {
        guard let node = root[key] else { return [] }
        if case .null = node.value { return [] }
        guard let items = node.sequence else {
            error("'\(key)' must be a list, found \(node.kindName)", at: node.location)
            return []
        }
        return items
    }
}
