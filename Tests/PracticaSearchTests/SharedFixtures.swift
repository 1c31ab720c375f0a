import Foundation
import Testing

/// Files in Tests/Shared, the tables the Swift and JavaScript analyzers are both held to.
/// Read by path (not as a bundle resource) so the package manifest stays untouched.
enum SharedFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Shared")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// word → stem pairs from a tab-separated Snowball reference table.
    static func stemPairs(_ name: String) throws -> [(word: String, stem: String)] {
        try text(name).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), String(fields[1]))
        }
    }

    /// One row of analysis-cases.json.
    struct AnalysisCase: Decodable, CustomTestStringConvertible {
        let language: String
        let input: String
        let terms: [String]
        /// Words the corpus knows; the harness turns them into terms without a vocabulary.
        let vocabulary: [String]?
        let note: String?

        var testDescription: String { "\(language): \(input.prefix(40))" }
    }

    static func analysisCases() throws -> [AnalysisCase] {
        try JSONDecoder().decode([AnalysisCase].self, from: Data(text("analysis-cases.json").utf8))
    }
}
