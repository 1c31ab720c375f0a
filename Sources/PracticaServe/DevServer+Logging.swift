import Foundation
import PracticaBuild
import PracticaCore

/// How a rebuild is reported in the terminal: its diagnostics, then one line with what it did and how long it took.
extension DevServer {
    /// Errors are printed after every build; a warning only when it is new since the build before, since a site
    /// with a few warnings would otherwise repeat them after every save. The count still says how many there are.
    func logOutcome(_ status: BuildStatus, first: Bool, report: BuildReport) {
        let seen = printedWarnings.replace(with: Set(status.diagnostics.filter { $0.severity == "warning" }.map(\.text)))
        for item in status.diagnostics where item.severity != "warning" || !seen.contains(item.text) { log(item.text) }
        let counts = "\(status.errors) error\(status.errors == 1 ? "" : "s"), \(status.warnings) warning\(status.warnings == 1 ? "" : "s")"
        if status.ok {
            // "rebuilt N pages in T ms after PATH" stays parseable: tests and tools read it.
            let what = "\(first ? "built" : "rebuilt") \(report.pagesRendered) pages in \(status.milliseconds) ms"
            let cause = status.changed.isEmpty ? "" : " after " + summary(status.changed)
            var notes: [String] = []
            if report.pagesSkipped > 0 { notes.append(Self.pages(report)) }
            if status.milliseconds >= 1000, !first { notes.append("slowest stages: " + Self.slowest(report)) }
            if status.warnings > 0 { notes.append(counts) }
            log(what + cause + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"))
        } else if status.served == nil {
            log("build failed in \(status.milliseconds) ms: \(counts); pages show the errors until a build succeeds")
        } else {
            log("build failed in \(status.milliseconds) ms: \(counts); still serving the last good build")
        }
    }

    /// "9 of 17,000 pages re-rendered, 16,991 unchanged": what the caches saved.
    static func pages(_ report: BuildReport) -> String {
        let total = report.pagesRendered + report.pagesSkipped
        return "\(grouped(report.pagesRendered)) of \(grouped(total)) pages re-rendered, \(grouped(report.pagesSkipped)) unchanged"
    }

    /// The three stages that took longest, so that a slow rebuild says where its time went.
    static func slowest(_ report: BuildReport) -> String {
        report.timings.sorted { $0.seconds > $1.seconds }.prefix(3)
            .map { "\($0.stage) \(grouped(Int(($0.seconds * 1000).rounded()))) ms" }.joined(separator: ", ")
    }

    /// "content/practices/x/en.md" or "… and 2 more", naming a file that still exists first (editors save through temporary files).
    func summary(_ changed: [String]) -> String {
        let first = changed.first { FileManager.default.fileExists(atPath: options.site + "/" + $0) } ?? changed[0]
        return changed.count == 1 ? first : "\(first) and \(changed.count - 1) more"
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// 17000 as "17,000", the same in every locale: log lines are read by tools too.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        let head = digits.count % 3 == 0 ? 3 : digits.count % 3
        var text = String(digits.prefix(head))
        var rest = digits.dropFirst(head)
        while !rest.isEmpty {
            text += "," + rest.prefix(3)
            rest = rest.dropFirst(3)
        }
        return number < 0 ? "-" + text : text
    }
}

/// The warnings the last build printed, so that the next prints only new ones.
final class PrintedWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: Set<String> = []

    /// Keeps `current` and returns the warnings kept before.
    func replace(with current: Set<String>) -> Set<String> {
        lock.withLock {
            defer { texts = current }
            return texts
        }
    }
}
