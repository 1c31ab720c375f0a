/// What the user asked the build to do.
public struct BuildOptions: Sendable {
    /// The site folder, holding content/ and optionally templates/.
    public var site: String
    /// Where the site goes; nil means site/public.
    public var output: String?
    public var includeDrafts: Bool
    /// Overrides site.yml's base_url, e.g. for previews.
    public var baseURL: String?
    /// False for `check`: everything is validated and rendered, nothing written.
    public var writeOutput: Bool
    /// Also print each card and model document to PDF beside its page.
    public var pdf = false
    /// Update the output folder file by file, writing only what changed, instead of staging and swapping:
    /// for the dev server, whose private folder is rebuilt on every edit. Checks run before anything is written.
    public var inPlace = false

    public init(site: String = ".", output: String? = nil, includeDrafts: Bool = false, baseURL: String? = nil, writeOutput: Bool = true, pdf: Bool = false) {
        self.pdf = pdf
        self.site = site
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.writeOutput = writeOutput
    }

    /// The output folder, resolved.
    public var outputFolder: String { output ?? (site.hasSuffix("/") ? site + "public" : site + "/public") }
}

/// What a build did: its diagnostics, what it wrote, and how long each stage took.
public struct BuildReport: Sendable {
    public var diagnostics: [PracticaCore.Diagnostic] = []
    public var filesWritten = 0
    /// Pages rendered by this build.
    public var pagesRendered = 0
    /// Pages left as the build before wrote them, their inputs unchanged (incremental builds only).
    public var pagesSkipped = 0
    public var pdfsWritten = 0
    /// Whether the output folder now holds this build's site: errors after that (a PDF that could not be
    /// printed) do not undo it.
    public var outputReplaced = false
    public var timings: [(stage: String, seconds: Double)] = []

    public init(diagnostics: [PracticaCore.Diagnostic] = []) { self.diagnostics = diagnostics }

    public var succeeded: Bool { !diagnostics.hasErrors }
}

import PracticaCore
