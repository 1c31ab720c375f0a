import Foundation
import PracticaBuild
import PracticaCore

/// The outcome of the latest build, as the status endpoint and the live-reload socket send it.
public struct BuildStatus: Sendable, Codable, Equatable {
    /// This build attempt: the server's instance and a counter, so that a restarted server never repeats one.
    public var id: String
    /// The build whose files are served: the latest one that succeeded, nil before any did.
    public var served: String?
    /// False when the latest build had errors; the last good build is still served.
    public var ok: Bool
    public var milliseconds: Int
    public var errors: Int
    public var warnings: Int
    /// Every diagnostic of the latest build, errors and warnings, sorted by file and line.
    public var diagnostics: [Item]
    /// What changed since the build before; empty for the first build.
    public var changed: [String]
    /// Pages the build rendered, and pages it left as the build before wrote them.
    public var pagesRendered = 0
    public var pagesSkipped = 0
    /// How long each stage took, in order, for tools that look into slow rebuilds.
    public var stages: [StageTime] = []

    /// One stage's time.
    public struct StageTime: Sendable, Codable, Equatable {
        public var stage: String
        public var milliseconds: Int
    }

    /// One diagnostic, with its location and full text spelled out for the page.
    public struct Item: Sendable, Codable, Equatable {
        public var severity: String
        public var path: String
        public var line: Int?
        public var column: Int?
        public var message: String
        public var hint: String?
        /// `path:line:col`
        public var location: String
        /// `path:line:col: severity: message (hint)`, as the terminal shows it.
        public var text: String

        public init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            path = diagnostic.location.path
            line = diagnostic.location.line
            column = diagnostic.location.column
            message = diagnostic.message
            hint = diagnostic.hint
            location = diagnostic.location.description
            text = diagnostic.description
        }
    }

    /// Before the first build has finished.
    public static func starting(id: String) -> BuildStatus {
        BuildStatus(id: id, served: nil, ok: true, milliseconds: 0, errors: 0, warnings: 0, diagnostics: [], changed: [])
    }

    public init(id: String, served: String?, ok: Bool, milliseconds: Int, errors: Int, warnings: Int, diagnostics: [Item], changed: [String]) {
        self.id = id
        self.served = served
        self.ok = ok
        self.milliseconds = milliseconds
        self.errors = errors
        self.warnings = warnings
        self.diagnostics = diagnostics
        self.changed = changed
    }

    /// The status after `report`: a successful build is served from now on, a failed one leaves `previous` served.
    public init(id: String, report: BuildReport, milliseconds: Int, changed: [String], previouslyServed: String?) {
        let diagnostics = report.diagnostics.sortedForDisplay()
        let errors = diagnostics.filter { $0.severity == .error }.count
        self.init(
            id: id, served: report.succeeded ? id : previouslyServed, ok: report.succeeded, milliseconds: milliseconds,
            errors: errors, warnings: diagnostics.count - errors, diagnostics: diagnostics.map(Item.init), changed: changed)
        pagesRendered = report.pagesRendered
        pagesSkipped = report.pagesSkipped
        stages = report.timings.map { StageTime(stage: $0.stage, milliseconds: Int(($0.seconds * 1000).rounded())) }
    }

    public var json: String { sortedJSON(self) }
}

/// Sent while a rebuild runs: these URL paths show an edited card's preview, and tabs on them reload.
struct PreviewMessage: Codable, Equatable {
    var preview = true
    var pages: [String]

    var json: String { sortedJSON(self) }
}

/// What the live-reload socket sends: JSON with sorted keys and plain slashes.
private func sortedJSON(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
}
