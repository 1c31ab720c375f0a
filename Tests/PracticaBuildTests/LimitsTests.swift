import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// Large and deeply nested input builds without a crash. Time and memory are measured by `make bench`, not here.
@Suite("Limits that hold")
struct LimitsTests {
    static let site = "title: T\nbase_url: https://example.test/\nlanguages: [en]\n"
    static let taxonomies = "topics:\n  a: {en: A}\n"

    func card(_ body: String, title: String = "Big") -> String {
        "---\ntitle: \(title)\nsummary: S\ntopics: [a]\n---\n" + body
    }

    /// Writes a site with one card whose body is `body`, builds it, and returns the report and the card page.
    func build(body: String, extraFiles: [String: String] = [:]) throws -> (BuildReport, String) {
        try withTemporaryFolder("limits") { folder in
            let site = folder.appendingPathComponent("site")
            var files = ["content/site.yml": Self.site, "content/taxonomies.yml": Self.taxonomies, "content/practices/big/en.md": card(body)]
            files.merge(extraFiles) { $1 }
            for (path, text) in files {
                let url = site.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: false, encoding: .utf8)
            }
            let report = buildSite(site, into: folder.appendingPathComponent("public"))
            let page = (try? String(contentsOf: folder.appendingPathComponent("public/en/practices/big/index.html"), encoding: .utf8)) ?? ""
            return (report, page)
        }
    }

    @Test("a 5 MB card builds, and its text reaches the page")
    func fiveMegabyteCard() throws {
        let paragraph = String(repeating: "Practice text with **bold** and a [link](https://example.org/). ", count: 20) + "\n\n"
        let body = String(repeating: "## Section\n\n" + paragraph, count: 5 * 1024 * 1024 / (paragraph.utf8.count + 12))
        let (report, page) = try build(body: body)
        expectSuccess(report)
        #expect(page.utf8.count > 4_000_000)
    }

    @Test("Markdown nested 1,000 levels deep builds")
    func deepNesting() throws {
        let quotes = String(repeating: ">", count: 1000) + " deep\n\n"
        let lists = (0..<1000).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n")
        let (report, page) = try build(body: quotes + lists + "\n")
        expectSuccess(report)
        #expect(page.contains("level 999"))
    }

    @Test("a list of 10,000 items builds")
    func longList() throws {
        let (report, page) = try build(body: (1...10_000).map { "- item \($0)" }.joined(separator: "\n") + "\n")
        expectSuccess(report)
        #expect(page.contains("<li>item 10000</li>"))
    }

    @Test("a 1 MB single line builds")
    func longLine() throws {
        let (report, page) = try build(body: String(repeating: "word ", count: 1024 * 1024 / 5) + "\n")
        expectSuccess(report)
        #expect(page.utf8.count > 1_000_000)
    }

    @Test("10,000 files in one folder are copied beside the card")
    func manyFiles() throws {
        var files: [String: String] = [:]
        for number in 0..<10_000 { files["content/practices/big/file-\(number).txt"] = "\(number)" }
        let links = (0..<10_000).map { "[f\($0)](file-\($0).txt)" }.joined(separator: " ")
        let (report, _) = try build(body: links + "\n", extraFiles: files)
        expectSuccess(report)
        #expect(report.filesWritten > 10_000)
    }
}
