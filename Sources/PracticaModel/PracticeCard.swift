import Foundation
import PracticaCore
import PracticaMarkdown

/// One practice in one language: what its editor wrote, typed.
public struct PracticeCard: Sendable {
    public var id: String
    public var language: String
    public var path: String
    public var title: String
    public var summary: String
    public var question: String?
    public var goal: String?
    public var tasks: [String] = []
    public var organization: String?
    public var topics: [String] = []
    public var audience: [String] = []
    public var partners: [String] = []
    public var regions: [String] = []
    public var evidence: String?
    public var implementationTime: Duration?
    public var preparationTime: Duration?
    public var cost: Cost?
    public var results: [PracticeResult] = []
    public var stages: [Stage] = []
    public var replication: [Replication] = []
    public var model: String?
    public var related: [String] = []
    public var contacts: [Contact] = []
    public var created: String?
    public var updated: String?
    public var draft = false
    public var body: MarkdownDocument
    /// Where each front-matter key and each listed value was written, for cross-file checks.
    public var locations: [String: SourceLocation] = [:]
    public var valueLocations: [String: [LocatedText]] = [:]

    public init(id: String, language: String, path: String, title: String, summary: String, body: MarkdownDocument) {
        self.id = id
        self.language = language
        self.path = path
        self.title = title
        self.summary = summary
        self.body = body
    }

    /// The taxonomy keys the card gives for `facet`.
    public func keys(for facet: String) -> [String] {
        switch facet {
        case "topics": topics
        case "audience": audience
        case "partners": partners
        case "regions": regions
        case "evidence": evidence.map { [$0] } ?? []
        default: []
        }
    }
}

/// A result, main first: `91%` with its text, or a text alone.
public struct PracticeResult: Sendable, Hashable {
    public var value: String?
    public var text: String

    public init(value: String?, text: String) {
        self.value = value
        self.text = text
    }
    /// The share, 0…100, when the value is a percentage.
    public var percent: Double? {
        guard let value, value.hasSuffix("%") else { return nil }
        var number = String(value.dropLast())
        // Trimmed only when there is something to trim: Foundation's trimming was most of the time this took.
        let blank: (Unicode.Scalar?) -> Bool = { $0.map(CharacterSet.whitespaces.contains) ?? false }
        if blank(number.unicodeScalars.first) || blank(number.unicodeScalars.last) { number = number.trimmingCharacters(in: .whitespaces) }
        return Double(number.contains(",") ? number.replacingOccurrences(of: ",", with: ".") : number)
    }
}

/// An implementation stage, in order.
public struct Stage: Sendable, Hashable {
    public var title: String
    public var duration: Duration?
    public var text: String?

    public init(title: String, duration: Duration?, text: String?) {
        self.title = title
        self.duration = duration
        self.text = text
    }
}

/// Someone to ask about a practice.
public struct Contact: Sendable, Hashable {
    public var name: String?
    public var email: String?
    public var url: String?
}

/// The ways a region can adopt a practice.
public enum Replication: String, Sendable, CaseIterable, Hashable {
    case join, analog, license, training, consulting
}
