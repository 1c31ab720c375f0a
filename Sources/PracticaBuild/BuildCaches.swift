import Foundation
import PracticaModel
import PracticaRender
import PracticaSearch

/// What a long-running process (the dev server) keeps between builds of one site into one folder, so that
/// each build parses only the files that changed and renders only the pages whose inputs changed.
///
/// Use one instance per site, output folder and set of options, and never for two builds at once.
public final class BuildCaches: Sendable {
    /// Parsed documents by path and digest of their bytes.
    public let parses = ParseCache()
    /// The fingerprint of each page and export in the output folder (used when building in place).
    public let outputs = OutputFingerprints()
    /// The files in-place builds put in the output folder, for removing leftovers without walking it.
    public let files = OutputInventory()
    /// Each practice's api/ exports, by fingerprint.
    public let exports = ExportCache()
    /// Each search document's analysed terms, by digest of its text.
    public let search = SearchAnalysisCache()

    /// The renderer of the latest build that succeeded: what edit previews render against.
    public var lastRenderer: SiteRenderer? { lock.withLock { renderer } }
    nonisolated(unsafe) private var renderer: SiteRenderer?
    private let lock = NSLock()

    public init() {}

    func keep(_ renderer: SiteRenderer) { lock.withLock { self.renderer = renderer } }
}
