/// An error in the input, as data: where, why, and what lower layer reported it.
public struct ContentError: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String
    public var hint: String?
    public var underlying: (any Error & Sendable)?

    public init(_ reason: String, at location: SourceLocation, hint: String? = nil, underlying: (any Error & Sendable)? = nil) {
        self.location = location
        self.reason = reason
        self.hint = hint
        self.underlying = underlying
    }

    /// The error as a diagnostic, for reporting with all the others.
    public var diagnostic: Diagnostic { .error(reason, at: location, hint: hint) }

    public var description: String { diagnostic.description }
}

/// Thrown by a stage that has collected errors: the build stops, the caller prints them all.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String {
        diagnostics.sortedForDisplay().map(\.description).joined(separator: "\n")
    }
}
