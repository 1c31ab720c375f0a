import Foundation
import PracticaCore

/// How a rebuild is reported in the terminal: its diagnostics, then one line with what it did and how long it took.
extension DevServer {
    func logOutcome(_ status: BuildStatus, first: Bool, pages: Int) {
        for item in status.diagnostics { log(item.text) }
        let counts = "\(status.errors) error\(status.errors == 1 ? "" : "s"), \(status.warnings) warning\(status.warnings == 1 ? "" : "s")"
        if status.ok {
            let what = first ? "built \(pages) pages" : "rebuilt \(pages) pages"
            let cause = status.changed.isEmpty ? "" : " after " + summary(status.changed)
            log("\(what) in \(status.milliseconds) ms\(cause)\(status.warnings > 0 ? " (\(counts))" : "")")
        } else if status.served == nil {
            log("build failed in \(status.milliseconds) ms: \(counts); pages show the errors until a build succeeds")
        } else {
            log("build failed in \(status.milliseconds) ms: \(counts); still serving the last good build")
        }
    }

    /// "content/practices/x/en.md" or "… and 2 more", naming a file that still exists first (editors save through temporary files).
    func summary(_ changed: [String]) -> String {
        let first = changed.first { FileManager.default.fileExists(atPath: options.site + "/" + $0) } ?? changed[0]
        return changed.count == 1 ? first : "\(first) and \(changed.count - 1) more"
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
