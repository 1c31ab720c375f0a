import Foundation
import Testing

/// Golden files: chosen pages of the mini site, compared byte for byte with Golden/.
/// Run with `PRACTICA_RECORD_GOLDEN=1` to (re)write them after an intended change, then review the diff.
@Suite("Golden files")
struct GoldenFileTests {
    /// The output pages under test, as paths below the output folder.
    static let paths: [String] = {
        var paths: [String] = []
        for language in Fixture.languages {
            paths += [
                "\(language)/index.html",
                "\(language)/practices/index.html",
                "\(language)/practices/family-club/index.html",
                "\(language)/models/index.html",
                "\(language)/topics/index.html",
                "\(language)/topics/family-support/index.html",
            ]
        }
        // The model document is written in en and ru only.
        paths += ["en/models/family-model/index.html", "ru/models/family-model/index.html"]
        paths += ["sitemap.xml", "en/feed.xml", "robots.txt", "404.html", "index.html"]
        return paths
    }()

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["PRACTICA_RECORD_GOLDEN"] == "1" }

    @Test("each chosen page matches its golden file byte for byte", arguments: paths)
    func matchesGolden(path: String) throws {
        let output = MiniBuild.output()
        let actual = try #require(FileManager.default.contents(atPath: output.url(path).path), "the build wrote no \(path)")
        let golden = Self.goldenFolder.appendingPathComponent(path)
        if Self.recording {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: golden.path),
            "no golden file Golden/\(path); run the tests with PRACTICA_RECORD_GOLDEN=1 to record it")
        guard actual != expected else { return }
        Issue.record(Comment(rawValue: Self.describeDifference(path: path, expected: expected, actual: actual)))
    }

    @Test("every golden file is one of the chosen pages, so none goes stale unnoticed")
    func noStrayGoldenFiles() throws {
        guard !Self.recording else { return }
        let recorded = try fileTree(at: Self.goldenFolder).keys
        let stray = Set(recorded).subtracting(Self.paths)
        #expect(stray.isEmpty, "golden files no test compares: \(stray.sorted())")
    }

    /// "Golden/x: line 12 differs", with both versions of the first differing line.
    static func describeDifference(path: String, expected: Data, actual: Data) -> String {
        let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let actualLines = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        let count = max(expectedLines.count, actualLines.count)
        for index in 0..<count {
            let want = index < expectedLines.count ? expectedLines[index] : "<end of file>"
            let got = index < actualLines.count ? actualLines[index] : "<end of file>"
            if want != got {
                return """
                    Golden/\(path) differs from the build output at line \(index + 1):
                      golden: \(want)
                      built:  \(got)
                    (set PRACTICA_RECORD_GOLDEN=1 to re-record after an intended change)
                    """
            }
        }
        return "Golden/\(path) differs from the build output in bytes only (line endings or encoding)"
    }
}
