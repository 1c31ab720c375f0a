import Foundation
import PracticaCore
import PracticaModel
import PracticaRender
import PracticaSource

/// Writes the new site into a staging folder beside the output and swaps it in only when the build succeeded.
///
/// In place (the dev server's mode), it updates the output folder itself and writes only files whose bytes
/// changed: creating thousands of files anew cost more than building them.
final class OutputWriter: @unchecked Sendable {
    let fileSystem: any FileSystem
    let target: String
    let staging: String
    let enabled: Bool
    let inPlace: Bool
    private var written = 0
    /// Every path this build produced, for removing what a deleted card left behind (in place only).
    private var produced: Set<String> = []
    /// What earlier builds of this process left in the folder (in place only), so that leftovers need no walk.
    private let inventory: OutputInventory?
    private let lock = NSLock()

    init(fileSystem: any FileSystem, target: String, enabled: Bool, inPlace: Bool = false, inventory: OutputInventory? = nil) {
        self.fileSystem = fileSystem
        self.target = target
        self.enabled = enabled
        self.inPlace = inPlace
        self.inventory = inPlace ? inventory : nil
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        staging = inPlace ? target : (parent.isEmpty ? "" : parent + "/") + ".\(name).building-\(ProcessInfo.processInfo.processIdentifier)"
        if enabled, !inPlace { try? fileSystem.remove(staging) }
    }

    var count: Int { lock.withLock { written } }

    /// Renders every page on all cores and writes each as soon as it is done. With `fingerprints` (in place only),
    /// a page whose fingerprint is the one recorded for its file, still there, is left as it is.
    func renderPages(
        _ jobs: [RenderJob], with renderer: SiteRenderer, fingerprints: OutputFingerprints?, diagnostics: inout [Diagnostic]
    ) -> (rendered: Int, skipped: Int) {
        let fingerprints = enabled && inPlace ? fingerprints : nil
        let outcomes = ParallelMap.map(jobs) { job -> PageOutcome in
            let fingerprint = fingerprints == nil ? nil : job.fingerprint()
            if let fingerprints, let fingerprint, fingerprints.matches(job.path, fingerprint), isFile(job.path) {
                keep(job.path)
                return .skipped
            }
            fingerprints?.forget(job.path)
            do {
                try self.write(try renderer.render(job))
                if let fingerprint { fingerprints?.record(job.path, fingerprint) }
                return .rendered
            } catch let error as ContentError {
                return .failed(error.diagnostic)
            } catch {
                return .failed(.error("cannot write \(job.path): \(error.localizedDescription)", at: SourceLocation(path: job.path)))
            }
        }
        // One missing template fails every page that uses it; say it once.
        diagnostics += Array(Set(outcomes.compactMap(\.problem))).sortedForDisplay()
        let skipped = outcomes.filter { if case .skipped = $0 { true } else { false } }.count
        return (jobs.count - skipped, skipped)
    }

    private enum PageOutcome: Sendable {
        case rendered, skipped, failed(Diagnostic)

        var problem: Diagnostic? { if case .failed(let diagnostic) = self { diagnostic } else { nil } }
    }

    private func isFile(_ path: String) -> Bool { fileSystem.kind(of: staging + "/" + path) == .file }

    /// Counts a file left as the build before wrote it as produced, so that it is not removed as a leftover.
    private func keep(_ path: String) {
        lock.withLock {
            written += 1
            produced.insert(path)
        }
        inventory?.note(path)
    }

    /// Writes `files` on all cores: creating thousands of small files is kernel work a single thread waits on.
    func write(_ files: [OutputFile], diagnostics: inout [Diagnostic]) {
        // In order, the last of two files with one path was the one left; in parallel, only it is written.
        let last = Dictionary(files.enumerated().map { ($1.path, $0) }) { _, later in later }
        let files = last.count == files.count ? files : files.enumerated().filter { last[$1.path] == $0 }.map(\.element)
        let failures = ParallelMap.map(files) { file -> Diagnostic? in
            do { try write(file) } catch {
                return .error("cannot write \(file.path): \(error.localizedDescription)", at: SourceLocation(path: target + "/" + file.path))
            }
            return nil
        }
        diagnostics += failures.compactMap { $0 }
    }

    /// Copies files placed beside a document next to each of its language pages.
    func copyAssets(_ content: SiteContent, site: String, diagnostics: inout [Diagnostic]) {
        let urls = SiteURLs(baseURL: "/")
        for asset in content.assets {
            for language in content.languages(of: asset) {
                let folder = urls.document(asset.kind, asset.id, language)
                let destination = staging + folder + asset.name
                guard enabled else { continue }
                let relative = String(folder.dropFirst()) + asset.name
                inventory?.note(relative)
                do {
                    // In place, a file already there with the same bytes is left as it is, like pages.
                    if !inPlace || !sameBytes(destination, site + "/" + asset.path) {
                        try fileSystem.copy(site + "/" + asset.path, to: destination)
                    }
                    keep(relative)
                } catch {
                    diagnostics.append(.error("cannot copy file: \(error.localizedDescription)", at: SourceLocation(path: asset.path)))
                }
            }
        }
    }

    private func sameBytes(_ one: String, _ other: String) -> Bool {
        guard let first = try? fileSystem.read(one), let second = try? fileSystem.read(other) else { return false }
        return first == second
    }

    private func write(_ file: OutputFile) throws {
        guard enabled else { return }
        let path = staging + "/" + file.path
        keep(file.path)
        if inPlace, (try? fileSystem.read(path)) == file.bytes { return }
        try fileSystem.write(file.bytes, to: path)
    }

    /// Replaces the old output with the staged one; the old one is removed only after the new one is in place.
    func commit(diagnostics: inout [Diagnostic]) {
        guard enabled else { return }
        if inPlace { return removeLeftovers(diagnostics: &diagnostics) }
        let old = staging + ".old"
        do {
            // Without the marker the next build would refuse this folder as foreign, so failing to write it fails the build.
            try fileSystem.write(Data("This folder is written by practica build and replaced by the next one.\n".utf8), to: staging + "/" + OutputGuard.marker)
            try fileSystem.remove(old)
            if fileSystem.kind(of: target) != nil { try fileSystem.move(target, to: old) }
        } catch {
            diagnostics.append(.error("cannot prepare the output folder: \(error.localizedDescription)", at: SourceLocation(path: target)))
            discard()
            return
        }
        do {
            try fileSystem.move(staging, to: target)
            try? fileSystem.remove(old)
        } catch {
            // Put the previous output back: a failed build must leave it as it was.
            if fileSystem.kind(of: target) == nil, fileSystem.kind(of: old) != nil { try? fileSystem.move(old, to: target) }
            discard()
            diagnostics.append(.error("cannot replace the output folder: \(error.localizedDescription)", at: SourceLocation(path: target)))
        }
    }

    /// In place: removes the files no longer produced (a deleted card's pages) and keeps the marker.
    private func removeLeftovers(diagnostics: inout [Diagnostic]) {
        let keep = lock.withLock { produced }.union([OutputGuard.marker])
        let leftovers = inventory?.leftovers(keeping: keep) ?? ((try? fileSystem.walk(target)) ?? []).filter { !keep.contains($0) }
        var stuck: Set<String> = []
        for path in leftovers {
            do { try fileSystem.remove(target + "/" + path) } catch { stuck.insert(path) }
        }
        inventory?.settle(keep.union(stuck))
        if fileSystem.kind(of: target + "/" + OutputGuard.marker) == nil {
            try? fileSystem.write(Data("This folder is written by practica and replaced by the next build.\n".utf8), to: target + "/" + OutputGuard.marker)
        }
    }

    /// Drops the staged output after a failed build; the old output was never touched.
    func discard() {
        guard enabled, !inPlace else { return }
        try? fileSystem.remove(staging)
    }
}
