import Foundation
import PracticaCore
import PracticaModel
import PracticaRender

/// `build --pdf`: a PDF per card and per model document beside its page, printed by headless Chromium.
///
/// Each page is rendered once more with file:// addresses (so that Chromium finds the stylesheet on disk),
/// printed with the theme's print styles, and the temporary copy removed.
struct PDFStage {
    let renderer: SiteRenderer
    let output: String

    /// The Chromium binaries tried, in order.
    static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Writes the PDFs; says clearly when no browser is installed and writes none.
    func run(diagnostics: inout [Diagnostic]) -> Int {
        guard let browser = Self.findBrowser() else {
            diagnostics.append(.warning(
                "no PDFs written: headless Chromium is not installed", at: SourceLocation(path: output),
                hint: "install it (Debian: apt-get install chromium) and build again with --pdf"))
            return 0
        }
        let root = URL(fileURLWithPath: output).standardizedFileURL.path
        var diagnosticsSink: [Diagnostic] = []
        let printer = SiteRenderer(content: renderer.content, theme: renderer.theme, baseURL: "file://" + root + "/", diagnostics: &diagnosticsSink)
        let jobs = printer.jobs().filter { $0.template == "practice" || $0.template == "model" }
        let problems = ParallelMap.map(jobs) { job in print(job, with: printer, browser: browser, root: root) }
        diagnostics += problems.compactMap { $0 }
        return jobs.count - problems.compactMap { $0 }.count
    }

    private func print(_ job: RenderJob, with printer: SiteRenderer, browser: String, root: String) -> Diagnostic? {
        let folder = root + "/" + (job.path as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        let copy = folder + "/.print-\(name).html", pdf = folder + "/\(name).pdf"
        var view = job.view()
        view["printCopy"] = true
        guard let html = printer.theme.library.render(view, withTemplate: job.template) else {
            return .error("cannot print \(job.path): the theme has no template '\(job.template)'", at: SourceLocation(path: job.path))
        }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: copy))
            defer { try? FileManager.default.removeItem(atPath: copy) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf)", "file://" + copy,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            guard Self.waitForExit(process, seconds: Self.timeout) else {
                return .error("Chromium did not print \(job.path) within \(Int(Self.timeout)) s, and was stopped", at: SourceLocation(path: job.path))
            }
            guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
                return .error("Chromium could not print \(job.path) (exit \(process.terminationStatus))", at: SourceLocation(path: job.path))
            }
            return nil
        } catch {
            return .error("cannot print \(job.path): \(error.localizedDescription)", at: SourceLocation(path: job.path))
        }
    }

    /// How long one page may take to print: a Chromium that hangs (no display, a locked profile) must not hang
    /// the build.
    static let timeout = 120.0

    /// Waits for `process` to end; stops it and returns false after `seconds`.
    static func waitForExit(_ process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            guard Date() < deadline else {
                // SIGKILL: a browser that hangs may also ignore the SIGTERM `terminate()` sends.
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return false
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    static func findBrowser() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in browsers {
            for folder in paths where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }
}
