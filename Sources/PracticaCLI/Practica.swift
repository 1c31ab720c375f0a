import ArgumentParser
import PracticaBuild
import PracticaCore
import PracticaServe
import PracticaSource

/// The `practica` command: parse arguments, run a stage list, print diagnostics, set the exit code.
@main
struct Practica: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds a multilingual practice knowledge base from content/ into a static site.",
        version: PracticaVersion.current,
        subcommands: [Build.self, Check.self, New.self, Serve.self],
        defaultSubcommand: nil)
}

/// The released version, printed by --version.
enum PracticaVersion {
    static let current = "0.1.0"
}

struct SiteOption: ParsableArguments {
    @Option(name: .long, help: "The site folder, holding content/ (and optionally templates/).")
    var site: String = "."
}

extension Practica {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Builds the site into the output folder.")

        @OptionGroup var siteOption: SiteOption
        @Option(name: .long, help: "The output folder (default: SITE/public). It is replaced only when the build succeeds.")
        var output: String?
        @Flag(name: .long, help: "Include cards marked draft: true.")
        var drafts = false
        @Option(name: .customLong("base-url"), help: "Overrides site.yml's base_url, e.g. for a preview host.")
        var baseURL: String?
        @Flag(name: .long, help: "Also write a PDF of each card and model document beside its page (needs headless Chromium).")
        var pdf = false

        func run() throws {
            let options = BuildOptions(site: siteOption.site, output: output, includeDrafts: drafts, baseURL: baseURL, pdf: pdf)
            let report = SiteBuilder().build(options)
            let pdfs = pdf ? ", \(report.pdfsWritten) PDFs" : ""
            try finish(report, success: "built \(report.pagesRendered) pages, \(report.filesWritten) files\(pdfs) into \(options.outputFolder)")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validates the site without writing anything.")

        @OptionGroup var siteOption: SiteOption
        @Flag(name: .long, help: "Include cards marked draft: true.")
        var drafts = false
        @Option(name: .long, help: "text (path:line:col: severity: message) or json, for editors' tools and CI.")
        var format: DiagnosticFormat = .text

        func run() throws {
            let options = BuildOptions(site: siteOption.site, includeDrafts: drafts, writeOutput: false)
            let report = SiteBuilder(environment: BuildEnvironment(log: .silent)).build(options)
            switch format {
            case .text:
                try finish(report, success: "checked \(report.pagesRendered) pages: no errors")
            case .json:
                print(report.diagnostics.jsonReport())
                if !report.succeeded { throw ExitCode(1) }
            }
        }
    }
}

extension Practica {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes a new practice card, model document or page with every key of the contract.",
            discussion: "The file passes `practica check` as written. It never overwrites an existing file.")

        @Argument(help: "practice, model or page")
        var kind: ScaffoldKind
        @Argument(help: "The id: lowercase letters, digits and single hyphens, e.g. foster-family-club.")
        var id: String
        @Option(name: .long, help: "The language of the new file, one of site.yml's languages.")
        var lang: String
        @OptionGroup var siteOption: SiteOption
        @Option(name: .long, help: "Start a translation from this language's version: keys copied, texts marked TRANSLATE.")
        var from: String?

        func run() throws {
            let request = ScaffoldRequest(kind: kind.contentKind, id: id, language: lang, site: siteOption.site, from: from)
            let diagnostics = Scaffolder().create(request)
            for diagnostic in diagnostics { Logger.standardError(diagnostic.description) }
            if diagnostics.hasErrors { throw ExitCode(1) }
            Logger.standardError("wrote \(request.path); check it with: practica check --site \(siteOption.site)")
        }
    }
}

extension Practica {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Builds the site, serves it on this machine and rebuilds it on every edit; open pages reload by themselves.",
            discussion: """
                Builds into a private temporary folder (never public/), watches content/ and templates/, and shows a \
                broken build's diagnostics over the open page while the last good build stays served. Ctrl-C stops.
                """)

        @OptionGroup var siteOption: SiteOption
        @Option(name: .long, help: "The port to listen on; 0 picks a free one.")
        var port: UInt16 = 8080
        @Option(name: .long, help: "The address to listen on. Anything but loopback lets other machines read the site, drafts included.")
        var host = "127.0.0.1"
        @Flag(name: .long, help: "Include cards marked draft: true.")
        var drafts = false
        @Flag(name: .long, help: "Watch by polling every 300 ms instead of inotify (for network and container file systems).")
        var poll = false

        func run() throws {
            let options = ServeOptions(
                site: siteOption.site, host: host, port: port, includeDrafts: drafts, watcher: poll ? .polling : .automatic)
            do {
                try DevServer.serve(options)
            } catch {
                Logger.standardError("error: \(error)")
                throw ExitCode(1)
            }
        }
    }
}

/// The kinds of document `new` writes, as typed on the command line.
enum ScaffoldKind: String, ExpressibleByArgument, CaseIterable {
    case practice, model, page

    var contentKind: ContentKind {
        switch self {
        case .practice: .practices
        case .model: .models
        case .page: .pages
        }
    }
}

/// How `check` prints diagnostics.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints every diagnostic, then a summary; exits 1 when any is an error.
func finish(_ report: BuildReport, success: String) throws {
    for diagnostic in report.diagnostics.sortedForDisplay() { Logger.standardError(diagnostic.description) }
    let errors = report.diagnostics.filter { $0.severity == .error }.count
    let warnings = report.diagnostics.count - errors
    if errors > 0 {
        let outcome = report.outputReplaced ? "the site was written, but not all of it" : "nothing was written"
        Logger.standardError("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); \(outcome)")
        throw ExitCode(1)
    }
    Logger.standardError(success + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""))
}
