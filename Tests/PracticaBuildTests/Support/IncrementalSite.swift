import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// A copy of the mini site rebuilt in place with caches kept between builds, the way `practica serve` does,
/// and compared after each edit with a full build of the same content into a fresh folder.
struct IncrementalSite {
    let folder: URL
    let site: URL
    let output: URL
    let caches = BuildCaches()
    private let fullBuilds = Counter()

    /// Copies the mini site into `folder`; `prepare` may change the copy before the first build.
    init(in folder: URL, prepare: (URL) throws -> Void = { _ in }) throws {
        self.folder = folder
        site = try copyMiniSite(into: folder)
        output = folder.appendingPathComponent("incremental")
        try prepare(site)
    }

    var options: BuildOptions {
        var options = BuildOptions(site: site.path, output: output.path)
        options.inPlace = true
        return options
    }

    /// An incremental rebuild into the same folder as every one before.
    @discardableResult
    func rebuild() -> BuildReport {
        SiteBuilder(environment: BuildEnvironment(log: .silent)).build(options, caches: caches)
    }

    /// Rebuilds incrementally and expects the output and diagnostics a full build of the same content gives.
    @discardableResult
    func expectSameAsFullBuild(after step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildReport {
        let report = rebuild()
        expectSuccess(report, sourceLocation: sourceLocation)
        let fresh = folder.appendingPathComponent("full-\(fullBuilds.next())")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let full = buildSite(site, into: fresh)
        expectSuccess(full, sourceLocation: sourceLocation)
        let differences = Self.differences(try Self.tree(output), try Self.tree(fresh))
        #expect(differences.isEmpty, "after \(step), the incremental output differs from a full build: \(differences.prefix(8).joined(separator: "; "))",
                sourceLocation: sourceLocation)
        #expect(Set(report.diagnostics.map(\.description)) == Set(full.diagnostics.map(\.description)),
                "after \(step), the incremental build reports other diagnostics", sourceLocation: sourceLocation)
        return report
    }

    /// Replaces `old` by `new` in a file of the site; a missing `old` is a failure, since the edit would test nothing.
    func edit(_ relative: String, replacing old: String, with new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = site.appendingPathComponent(relative)
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old), "\(relative) has no '\(old)'", sourceLocation: sourceLocation)
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: file)
    }

    /// Writes a file of the site, making its folders.
    func write(_ relative: String, _ text: String) throws { try writeText(text, to: relative, in: site) }

    func remove(_ relative: String) throws { try FileManager.default.removeItem(at: site.appendingPathComponent(relative)) }

    /// The output without the folder's marker, whose wording differs between in-place and staged builds.
    static func tree(_ root: URL) throws -> [String: Data] {
        try fileTree(at: root).filter { $0.key != ".practica-output" }
    }

    /// Paths missing on either side or with other bytes, sorted.
    static func differences(_ incremental: [String: Data], _ full: [String: Data]) -> [String] {
        Set(incremental.keys).union(full.keys).sorted().compactMap { path in
            switch (incremental[path], full[path]) {
            case (nil, _): "\(path) is missing"
            case (_, nil): "\(path) should not be there"
            case let (mine?, theirs?) where mine != theirs: "\(path) differs"
            default: nil
            }
        }
    }
}

/// Numbers the full builds of one test, so that each goes into a folder of its own.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int { lock.withLock { value += 1; return value } }
}
