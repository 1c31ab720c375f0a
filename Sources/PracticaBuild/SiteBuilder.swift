import Foundation
import PracticaCore
import PracticaModel
import PracticaRender
import PracticaSource

/// The build, stage by stage: load → read → validate → theme → render → write → swap.
public struct SiteBuilder: Sendable {
    public var environment: BuildEnvironment

    public init(environment: BuildEnvironment = BuildEnvironment()) { self.environment = environment }

    /// Runs every stage; stops before writing when any stage reported an error, leaving the old output as it was.
    /// With `caches` (kept by the caller between builds of the same site and options), only changed documents are
    /// parsed again and, in place, only pages whose inputs changed are rendered again; the output is the same.
    public func build(_ options: BuildOptions, caches: BuildCaches? = nil) -> BuildReport {
        var run = BuildRun(environment: environment, options: options)
        if let problem = refusal(options) {
            run.report.diagnostics.append(problem)
            return run.report
        }
        var inputs = SiteInputs()
        let loaded = run.stage("load") { diagnostics in
            if caches != nil { inputs.settings = SiteInputs.settings(options, fileSystem: environment.fileSystem) }
            return SiteLoader(fileSystem: environment.fileSystem, site: options.site).load(diagnostics: &diagnostics)
        }
        // A broken site.yml leaves no languages to check the rest against; any other problem is reported with all the others.
        guard !SiteLoader.settingsFailed(run.report.diagnostics) else { return run.report }
        let content = run.stage("read") { diagnostics in
            ContentReader(fileSystem: environment.fileSystem, site: options.site, includeDrafts: options.includeDrafts, cache: caches?.parses)
                .read(loaded, diagnostics: &diagnostics)
        }
        run.stage("validate") { diagnostics in diagnostics += Self.validate(content, ids: loaded.inventory.ids) }
        let theme = run.stage("theme") { diagnostics in
            if caches != nil { inputs.theme = ThemeDigest.of(site: options.site, fileSystem: environment.fileSystem) }
            return Theme.load(site: options.site, fileSystem: environment.fileSystem, diagnostics: &diagnostics)
        }
        guard !run.failed else { return run.report }
        let renderer = run.stage("prepare") { diagnostics in
            var renderer = SiteRenderer(content: content, theme: theme, baseURL: options.baseURL, diagnostics: &diagnostics)
            if let caches, options.inPlace {
                renderer.digests = RenderDigests(content: content, sources: caches.parses.digests, inputs: inputs.digest)
            }
            return renderer
        }
        write(renderer, content: content, caches: caches, run: &run)
        if !run.failed { caches?.keep(renderer) }
        return run.report
    }

    /// The checks across documents: independent, so on all cores; their findings in this order.
    private static func validate(_ content: SiteContent, ids: [ContentKind: Set<String>]) -> [Diagnostic] {
        let checks: [@Sendable () -> [Diagnostic]] = [
            { content.validate(knownIDs: ids) }, { content.checkLocalLinks() }, { content.checkPlanningFields() },
            { ReservedIDs.check(content) },
        ]
        return ParallelMap.map(checks) { $0() }.flatMap { $0 }
    }

    /// A reason not to start at all: a base URL that would break every link, or an output folder that must not be
    /// replaced.
    private func refusal(_ options: BuildOptions) -> Diagnostic? {
        if let baseURL = options.baseURL, !SiteConfig.isBaseURL(baseURL) {
            return .error(
                "'\(baseURL)' is not a base URL: it must be an http(s) address or start with '/'", at: SourceLocation(path: "--base-url"),
                hint: "for example https://preview.example.org/ or /kb/")
        }
        guard options.writeOutput else { return nil }
        return OutputGuard.check(output: options.outputFolder, site: options.site, fileSystem: environment.fileSystem)
    }

    /// Render, site files, search, copy files, swap, and the PDFs when asked for.
    private func write(_ renderer: SiteRenderer, content: SiteContent, caches: BuildCaches?, run: inout BuildRun) {
        let options = run.options
        let output = OutputWriter(
            fileSystem: environment.fileSystem, target: options.outputFolder, enabled: options.writeOutput, inPlace: options.inPlace,
            inventory: caches?.files)
        let pages = run.stage("render") { diagnostics in
            defer { renderer.releasePageCaches() }
            let jobs = renderer.jobs()
            diagnostics += renderer.checkInternalLinks(pages: jobs.map(\.path))
            return output.renderPages(jobs, with: renderer, fingerprints: caches?.outputs, diagnostics: &diagnostics)
        }
        (run.report.pagesRendered, run.report.pagesSkipped) = pages
        run.stage("site files") { diagnostics in output.write(renderer.siteFiles(exports: caches?.exports), diagnostics: &diagnostics) }
        run.stage("search") { diagnostics in output.write(SearchStage(renderer: renderer, cache: caches?.search).files(), diagnostics: &diagnostics) }
        run.stage("copy files") { diagnostics in output.copyAssets(content, site: options.site, diagnostics: &diagnostics) }
        let failed = run.failed
        run.stage("swap") { diagnostics in
            if failed { output.discard() } else { output.commit(diagnostics: &diagnostics) }
        }
        run.report.filesWritten = output.count
        run.report.outputReplaced = options.writeOutput && !run.failed
        if options.pdf, options.writeOutput, !run.failed {
            run.report.pdfsWritten = run.stage("pdf") { diagnostics in
                PDFStage(renderer: renderer, output: options.outputFolder).run(diagnostics: &diagnostics)
            }
        }
    }
}

/// One build's running state: the report, and a timing line per stage.
struct BuildRun {
    /// The process's resource usage so far, or nil where the system does not say.
    private static func usage() -> rusage? {
        var usage = rusage()
        #if os(Linux)
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return nil }
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
        #endif
        return usage
    }

    /// The process's CPU time so far (user and system, all threads), in seconds.
    static func cpuSeconds() -> Double {
        guard let usage = usage() else { return 0 }
        let seconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        return Double(seconds) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The process's peak resident memory so far, in bytes (0 where the system does not say).
    static func peakResidentBytes() -> Int {
        guard let usage = usage() else { return 0 }
        // Linux counts kilobytes, macOS bytes.
        #if os(Linux)
        return usage.ru_maxrss * 1024
        #else
        return usage.ru_maxrss
        #endif
    }

    let environment: BuildEnvironment
    let options: BuildOptions
    var report = BuildReport()

    var failed: Bool { report.diagnostics.hasErrors }

    /// Runs a stage, collects its diagnostics and logs how long it took.
    @discardableResult
    mutating func stage<T>(_ name: String, _ body: (inout [Diagnostic]) -> T) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Self.cpuSeconds()
        var diagnostics: [Diagnostic] = []
        let result = body(&diagnostics)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = Self.cpuSeconds() - cpuStart
        report.diagnostics += diagnostics
        report.timings.append((name, seconds))
        // CPU time next to wall time shows how well a stage uses the cores (the process's, so a dev server's other
        // threads count too); the peak so far shows which stage grows memory.
        environment.log("  " + name.padding(toLength: 11, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", seconds * 1000)
            + String(format: "   cpu %8.1f ms", cpu * 1000)
            + String(format: "   peak %6.0f MB", Double(Self.peakResidentBytes()) / 1_048_576))
        return result
    }
}
