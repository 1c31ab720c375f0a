import Foundation
import PracticaBuild
import PracticaCore
import Testing
@testable import PracticaServe
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The server rebuilds incrementally: an edit re-renders the pages that show what changed, and says how many.
@Suite("Incremental serve", .serialized)
struct IncrementalServeTests {
    @Test("an edited body re-renders only some pages, the log says how many of all, and the page shows the edit")
    func editReRendersSomePages() async throws {
        try await withServer("incremental") { running in
            let url = running.url.appendingPathComponent("en/practices/family-club/")
            try running.edit("content/practices/family-club/en.md") {
                $0.replacingOccurrences(of: "Families meet every week.", with: "Families meet every Tuesday.")
            }
            #expect(try await eventually { try await fetch(url).body.contains("Families meet every Tuesday.") })
            #expect(await eventually { running.log.lines.contains { $0.hasPrefix("rebuilt ") } })
            let line = try #require(running.log.lines.first { $0.hasPrefix("rebuilt ") })
            let numbers = try #require(firstNumbers(in: line), "no page counts in '\(line)'")
            #expect(numbers.rendered > 0 && numbers.rendered < numbers.total, "\(line)")
            #expect(line.contains(" ms after content/practices/family-club/en.md ("), "\(line)")
        }
    }

    @Test("page counts are grouped by thousands the same way in every locale")
    func grouping() {
        #expect(DevServer.grouped(0) == "0")
        #expect(DevServer.grouped(999) == "999")
        #expect(DevServer.grouped(17_000) == "17,000")
        #expect(DevServer.grouped(1_234_567) == "1,234,567")
    }

    /// "(9 of 120 pages re-rendered, 111 unchanged)" as numbers.
    private func firstNumbers(in line: String) -> (rendered: Int, total: Int)? {
        guard let range = line.range(of: #"\(([\d,]+) of ([\d,]+) pages re-rendered"#, options: .regularExpression) else { return nil }
        let numbers = line[range].split(whereSeparator: { !$0.isNumber && $0 != "," }).map { Int($0.replacingOccurrences(of: ",", with: "")) }
        guard numbers.count >= 2, let rendered = numbers[0], let total = numbers[1] else { return nil }
        return (rendered, total)
    }
}

@Suite("Serve's terminal output")
struct ServeLogTests {
    @Test("a warning is printed when it first appears, not again after every rebuild; the count still says it is there")
    func warningsPrintedOnce() async throws {
        try await withServer("warnings-once") { running in
            let card = "content/practices/family-club/en.md"
            try running.edit(card) { $0 + "\nSee [nothing](../no-such-practice/).\n" }
            #expect(await eventually { running.log.lines.filter { $0.hasPrefix("rebuilt ") }.count >= 1 })
            try running.edit(card) { $0 + "\nOne more line.\n" }
            #expect(await eventually { running.log.lines.filter { $0.hasPrefix("rebuilt ") }.count >= 2 })
            let lines = running.log.lines
            #expect(lines.filter { $0.contains("link to '../no-such-practice/' leads to no page") }.count == 1, "\(lines)")
            // The mini site has two warnings of its own, printed by the first build only.
            #expect(lines.filter { $0.hasPrefix("content/practices/moscow-hub/ru.md:1:1: warning:") }.count == 1, "\(lines)")
            #expect(lines.filter { $0.hasPrefix("rebuilt ") && $0.contains("3 warnings") }.count == 2, "\(lines)")
        }
    }
}
