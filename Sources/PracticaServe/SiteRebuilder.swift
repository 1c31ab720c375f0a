import PracticaBuild
import PracticaCore
import PracticaRender

/// Brings the served folder up to date after edits. The server calls nothing else to build,
/// so an incremental build can replace the full one by conforming to this protocol.
public protocol SiteRebuilder: Sendable {
    /// The folder the server serves; it holds the last good build, or does not exist before the first one.
    var outputFolder: String { get }
    /// Rebuilds after `changed` (paths relative to the site folder, such as `content/practices/x/en.md`;
    /// empty means everything). A build with errors must leave the last good output in place.
    func rebuild(changed: [String]) -> BuildReport
    /// Pages showing `changed` cards, to serve while the rebuild that follows runs; none by default.
    func preview(changed: [String]) -> [OutputFile]
}

extension SiteRebuilder {
    public func preview(changed: [String]) -> [OutputFile] { [] }
}

/// The default: a full `SiteBuilder.build`, which swaps the output in only when it succeeded.
public struct FullSiteRebuilder: SiteRebuilder {
    public var options: BuildOptions
    public var environment: BuildEnvironment

    /// Stage timings are not logged: the server prints one line per rebuild.
    public init(options: BuildOptions, environment: BuildEnvironment = BuildEnvironment(log: .silent)) {
        self.options = options
        self.environment = environment
    }

    public var outputFolder: String { options.outputFolder }

    public func rebuild(changed: [String]) -> BuildReport {
        SiteBuilder(environment: environment).build(options)
    }
}

/// The server's default: the same build, with caches kept from one rebuild to the next, so that an edit parses
/// only the files that changed and renders only the pages whose inputs changed. The output is byte for byte what
/// a full build writes.
public final class IncrementalSiteRebuilder: SiteRebuilder {
    public let options: BuildOptions
    public let environment: BuildEnvironment
    private let caches = BuildCaches()

    /// `options` should build in place: pages can be left as they are only in a folder that keeps them.
    public init(options: BuildOptions, environment: BuildEnvironment = BuildEnvironment(log: .silent)) {
        self.options = options
        self.environment = environment
    }

    public var outputFolder: String { options.outputFolder }

    /// The server runs rebuilds one at a time, which the caches rely on.
    public func rebuild(changed: [String]) -> BuildReport {
        SiteBuilder(environment: environment).build(options, caches: caches)
    }

    /// Edited cards' pages, rendered against the last good build (`EditPreview`).
    public func preview(changed: [String]) -> [OutputFile] {
        EditPreview(options: options, fileSystem: environment.fileSystem).pages(changed: changed, caches: caches)
    }
}
