import Foundation
import Testing

/// The same sources give the same bytes, whatever the threads did and wherever the output goes.
@Suite("Determinism")
struct DeterminismTests {
    @Test("two builds of the same site into two folders give byte-identical trees")
    func identicalTrees() throws {
        try withTemporaryFolder("determinism") { folder in
            let first = folder.appendingPathComponent("first")
            let second = folder.appendingPathComponent("second")
            expectSuccess(buildSite(Fixture.mini, into: first))
            expectSuccess(buildSite(Fixture.mini, into: second))
            let a = try fileTree(at: first), b = try fileTree(at: second)
            #expect(a.count > 50)
            #expect(a.keys.sorted() == b.keys.sorted())
            let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
            #expect(differing.isEmpty, "files that differ between builds: \(differing)")
        }
    }

    @Test("rebuilding into the same folder reproduces it byte for byte and leaves no staging folders behind")
    func rebuildInPlace() throws {
        try withTemporaryFolder("rebuild") { folder in
            let output = folder.appendingPathComponent("public")
            expectSuccess(buildSite(Fixture.mini, into: output))
            let before = try fileTree(at: output)
            expectSuccess(buildSite(Fixture.mini, into: output))
            #expect(try fileTree(at: output) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
        }
    }

    @Test("the report counts what was rendered and written")
    func reportCounts() throws {
        try withTemporaryFolder("report") { folder in
            let output = folder.appendingPathComponent("public")
            let report = buildSite(Fixture.mini, into: output)
            expectSuccess(report)
            // The two sparse cards are meant to be sparse: the planning warning is the only one the mini site gives.
            #expect(report.diagnostics.map(\.location.path) == ["content/practices/haifa-circle/he.md", "content/practices/moscow-hub/ru.md"])
            #expect(report.diagnostics.allSatisfy { $0.severity == .warning && $0.message.hasPrefix("card lacks what regions need to plan") })
            let files = try fileTree(at: output).filter { $0.key != ".practica-output" }
            #expect(report.filesWritten == files.count)
            #expect(report.pagesRendered == files.keys.filter { $0.hasSuffix(".html") }.count)
        }
    }
}
