import Foundation
import PracticaBuild
import PracticaCore
import Testing

// Shared helpers for the build tests: where the fixture is, building into temporary folders,
// reading the output, and the small string/regex tools the HTML checks use.

/// The fixture sites shipped with the tests.
enum Fixture {
    /// `Fixtures/mini`, as SwiftPM copied it into the test bundle. Read it; copy it before changing anything.
    static var mini: URL {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the test bundle has no Fixtures folder")
        }
        return fixtures.appendingPathComponent("mini")
    }

    /// The languages of the mini site, in site.yml's order.
    static let languages = ["en", "he", "ru", "bg"]
}

/// A fresh, empty folder below the system's temporary folder.
func makeTemporaryFolder(_ label: String = "build") throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("practica-buildtests-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath()
}

/// Runs `body` with a fresh temporary folder and removes the folder afterwards.
func withTemporaryFolder<T>(_ label: String = "build", _ body: (URL) throws -> T) throws -> T {
    let folder = try makeTemporaryFolder(label)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// Copies the mini site into `folder/name` so that a test may edit it.
func copyMiniSite(into folder: URL, name: String = "site") throws -> URL {
    let target = folder.appendingPathComponent(name)
    try FileManager.default.copyItem(at: Fixture.mini, to: target)
    return target
}

/// Writes `text` to `relative` below `folder`, making the folders on the way.
func writeText(_ text: String, to relative: String, in folder: URL) throws {
    let file = folder.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
}

/// Builds `site` into `output` the way the CLI does, silently.
@discardableResult
func buildSite(_ site: URL, into output: URL, drafts: Bool = false) -> BuildReport {
    SiteBuilder(environment: BuildEnvironment(log: .silent))
        .build(BuildOptions(site: site.path, output: output.path, includeDrafts: drafts))
}

/// Records every diagnostic of a build that should have succeeded, so that a failure says why.
func expectSuccess(_ report: BuildReport, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(errors.isEmpty, "build failed:\n\(errors.joined(separator: "\n"))", sourceLocation: sourceLocation)
}

/// A built site on disk.
struct SiteOutput: Sendable {
    let root: URL

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// The UTF-8 text of an output file; a missing file is a test failure, not a crash.
    func text(_ path: String) throws -> String {
        let data = try #require(FileManager.default.contents(atPath: url(path).path), "no output file \(path)")
        return String(decoding: data, as: UTF8.self)
    }

    /// Every file below the root, by relative path, with its bytes.
    func tree() throws -> [String: Data] { try fileTree(at: root) }
}

/// Every file below `root` (hidden ones too), by relative path, with its bytes.
func fileTree(at root: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let base = root.resolvingSymlinksInPath().path
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return result }
    while let relative = enumerator.nextObject() as? String {
        let full = base + "/" + relative
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        result[relative] = FileManager.default.contents(atPath: full) ?? Data()
    }
    return result
}

/// The mini site built once per test run, for the tests that only read the output.
enum MiniBuild {
    /// Holds the shared output; removed when the test process exits.
    static let folder: URL = {
        let folder = try! makeTemporaryFolder("shared")
        atexit { try? FileManager.default.removeItem(at: MiniBuild.folder) }
        return folder
    }()

    static let shared: (output: SiteOutput, report: BuildReport) = {
        let output = folder.appendingPathComponent("public")
        let report = buildSite(Fixture.mini, into: output)
        return (SiteOutput(root: output), report)
    }()

    /// The shared output; records the build's errors as a failure of the calling test.
    static func output(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> SiteOutput {
        expectSuccess(shared.report, sourceLocation: sourceLocation)
        return shared.output
    }
}

// MARK: - Text and HTML

/// Each match of `pattern` in `text`, as its capture groups (group 0 left out when there are groups).
func captures(_ pattern: String, in text: String, options: NSRegularExpression.Options = []) -> [[String]] {
    guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else {
        Issue.record("bad regular expression \(pattern)")
        return []
    }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).map { match in
        let groups = match.numberOfRanges > 1 ? Array(1..<match.numberOfRanges) : [0]
        return groups.map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}

/// The first capture group of the first match, or nil.
func firstCapture(_ pattern: String, in text: String, options: NSRegularExpression.Options = []) -> String? {
    captures(pattern, in: text, options: options).first?.first
}

/// `text` with regex metacharacters escaped, for building patterns from content.
func literal(_ text: String) -> String { NSRegularExpression.escapedPattern(for: text) }

/// The page's `<head>…</head>`.
func head(of html: String) -> String {
    firstCapture("<head>(.*?)</head>", in: html, options: .dotMatchesLineSeparators) ?? ""
}

/// The page's `<main …>…</main>`.
func mainContent(of html: String) -> String {
    firstCapture("<main[^>]*>(.*?)</main>", in: html, options: .dotMatchesLineSeparators) ?? ""
}

/// Text as Mustache writes it into HTML: `& < > " '` escaped.
func htmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;")
        .replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}

/// The `content` of `<meta name|property="key" content="…">`.
func meta(_ key: String, in html: String) -> String? {
    firstCapture(#"<meta (?:name|property)="\#(literal(key))" content="([^"]*)">"#, in: html)
}

/// The practice ids of the catalog entries (`data-practice-id`) in document order.
func entryIDs(in html: String) -> [String] {
    captures(#"<li class="entry" data-practice-id="([^"]+)"[^>]*>"#, in: html).map { $0[0] }
}

/// The HTML of the catalog entry for `id`, from its `<li class="entry">` to its `</li>`.
func entry(_ id: String, in html: String) -> String? {
    firstCapture(#"(<li class="entry" data-practice-id="\#(literal(id))"[^>]*>.*?</article>\s*</li>)"#, in: html, options: .dotMatchesLineSeparators)
}

/// The text of the section whose `<h2>` is `heading`, up to its `</section>`.
func section(headed heading: String, in html: String) -> String? {
    firstCapture(#"<h2[^>]*>\#(literal(htmlEscaped(heading)))</h2>(.*?)</section>"#, in: html, options: .dotMatchesLineSeparators)
}

/// The `<script type="application/ld+json">` body decoded as a JSON object.
func jsonLD(in html: String) throws -> [String: Any] {
    let body = try #require(firstCapture(#"<script type="application/ld\+json">(.*?)</script>"#, in: html, options: .dotMatchesLineSeparators),
                            "no JSON-LD script")
    let object = try JSONSerialization.jsonObject(with: Data(body.utf8))
    return try #require(object as? [String: Any], "JSON-LD is not an object")
}
