/// The built-in theme, compiled into the binary: template name → file bytes.
public enum BuiltinTheme {
    /// Every theme file, by its path below templates/.
    public static let files: [String: [UInt8]] = [:]
}
