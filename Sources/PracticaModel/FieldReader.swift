import Foundation
import PracticaCore
import PracticaSource

/// Reads typed fields out of a front-matter mapping, reporting each problem at the value's own place.
struct FieldReader {
    let root: YAMLNode
    let path: String
    var diagnostics: [Diagnostic] = []

    init(root: YAMLNode, path: String) {
        self.root = root
        self.path = path
    }

    /// The start of the front matter, for problems with no better place (a missing key).
    var fileLocation: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    /// Where a key was written, or the file's start.
    func location(of key: String) -> SourceLocation {
        root.mapping?.first { $0.key == key }?.keyLocation ?? fileLocation
    }

    mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(.error(message, at: location, hint: hint))
    }

    mutating func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(.warning(message, at: location, hint: hint))
    }

    /// Reports keys the contract does not know, with "did you mean".
    mutating func checkKeys(_ known: [String]) {
        reportUnknownKeys(root.mapping ?? [], known: known, diagnostics: &diagnostics)
    }

    /// A required text; reports a missing or empty one.
    mutating func requiredText(_ key: String) -> String {
        guard root[key] != nil else {
            error("missing required key '\(key)'", at: fileLocation)
            return ""
        }
        let value = text(key) ?? ""
        // Stops at the first character that is not blank (nearly always the first): trimming copied every value.
        if value.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
            error("'\(key)' is empty", at: location(of: key))
        }
        return value
    }

    /// An optional text.
    mutating func text(_ key: String) -> String? {
        guard let node = root[key] else { return nil }
        return scalar(node, key: key)
    }

    /// A scalar node's text, reporting other shapes.
    mutating func scalar(_ node: YAMLNode, key: String) -> String? {
        switch node.value {
        case .scalar(let text): return text
        case .null: return nil
        default:
            error("'\(key)' must be a text, found \(node.kindName)", at: node.location)
            return nil
        }
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func textList(_ key: String) -> [String] {
        located(key).map(\.text)
    }

    /// A list of texts with their places, for checking keys and ids against what exists.
    mutating func located(_ key: String) -> [LocatedText] {
        guard let node = root[key] else { return [] }
        if let text = node.scalar { return [LocatedText(text: text, location: node.location)] }
        if case .null = node.value { return [] }
        guard let items = node.sequence else {
            error("'\(key)' must be a list, found \(node.kindName)", at: node.location)
            return []
        }
        return items.compactMap { item in
            scalar(item, key: key).map { LocatedText(text: $0, location: item.location) }
        }
    }

    /// An optional boolean: true/false/yes/no.
    mutating func bool(_ key: String) -> Bool {
        guard let node = root[key], let text = scalar(node, key: key) else { return false }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("'\(key)' must be true or false, found '\(text)'", at: node.location)
            return false
        }
    }

    /// An optional date `YYYY-MM-DD`, checked for a real calendar day.
    mutating func date(_ key: String) -> String? {
        guard let node = root[key], let text = scalar(node, key: key) else { return nil }
        guard CalendarDate.isValid(text) else {
            if CalendarDate.hasDateShape(text) {
                error("'\(key)' is \(text), a day the calendar does not have", at: node.location, hint: "check the month and the day")
            } else {
                error("'\(key)' must be a date YYYY-MM-DD, found '\(text)'", at: node.location)
            }
            return nil
        }
        return text
    }

    /// An optional duration in the contract's forms.
    mutating func duration(_ key: String) -> Duration? {
        guard let node = root[key], let text = scalar(node, key: key) else { return nil }
        return duration(text, at: node.location, key: key)
    }

    mutating func duration(_ text: String, at location: SourceLocation, key: String) -> Duration? {
        guard let duration = Duration.parse(text) else {
            error("bad duration '\(text)' in '\(key)'", at: location, hint: "write '6 months', '6-12 months', '6+ months', '2 years', '12 weeks', '10 days' or P6M")
            return nil
        }
        return duration
    }
}

/// A text with where it was written.
public struct LocatedText: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation
}

/// Dates as the contract writes them.
public enum CalendarDate {
    /// Whether `text` is written `YYYY-MM-DD`, whatever the numbers.
    public static func hasDateShape(_ text: String) -> Bool {
        text.count == 10 && text.enumerated().allSatisfy { $0 == 4 || $0 == 7 ? $1 == "-" : $1.isASCII && $1.isNumber }
    }

    /// Whether `text` is `YYYY-MM-DD` and a real day.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
