import Foundation

/// The side effects a build may have, passed in as values: files, the time, and where messages go.
public struct BuildEnvironment: Sendable {
    public var fileSystem: any FileSystem
    /// The current time; builds use it only where the user asks for it, never in output, so output is reproducible.
    public var now: @Sendable () -> Date
    public var log: Logger

    public init(fileSystem: any FileSystem = LocalFileSystem(), now: @escaping @Sendable () -> Date = { Date() }, log: Logger = .standardError) {
        self.fileSystem = fileSystem
        self.now = now
        self.log = log
    }
}

/// Where progress and timing lines go.
public struct Logger: Sendable {
    public var emit: @Sendable (String) -> Void

    public init(_ emit: @escaping @Sendable (String) -> Void) { self.emit = emit }

    /// Writes each line to standard error.
    public static let standardError = Logger { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Drops everything, for quiet runs and tests.
    public static let silent = Logger { _ in }

    public func callAsFunction(_ line: String) { emit(line) }
}
