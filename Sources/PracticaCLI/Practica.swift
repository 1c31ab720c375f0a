import ArgumentParser
import PracticaBuild
import PracticaCore

/// The `practica` command: parse arguments, run a stage list, print diagnostics, set the exit code.
@main
struct Practica: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds a multilingual practice knowledge base from content/ into a static site.",
        version: PracticaVersion.current,
        subcommands: [Build.self, Check.self],
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

        func run() throws {
            let options = BuildOptions(site: siteOption.site, output: output, includeDrafts: drafts, baseURL: baseURL)
            let report = SiteBuilder().build(options)
            try finish(report, success: "built \(report.pagesRendered) pages, \(report.filesWritten) files into \(options.outputFolder)")
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
        Logger.standardError("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); nothing was written")
        throw ExitCode(1)
    }
    Logger.standardError(success + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""))
}
