import Foundation
import PracticaCore
import PracticaTheme

/// A digest of every file the theme may be made of: the built-in theme and everything under the site's templates/.
public enum ThemeDigest {
    /// Take it before the theme is loaded: a template saved in between then only makes the next build render more.
    public static func of(site: String, fileSystem: any FileSystem) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(builtin)
        let overrides = site + "/templates"
        guard fileSystem.kind(of: overrides) == .directory else { return hasher.value }
        for relative in (try? fileSystem.walk(overrides)) ?? [] {
            hasher.combine(relative)
            // An unreadable file is read as nothing by the theme too; an empty marker still differs from any bytes.
            hasher.combine(optional: (try? fileSystem.read(overrides + "/" + relative)).map(StableHasher.digest))
        }
        return hasher.value
    }

    private static let builtin: UInt64 = {
        var hasher = StableHasher()
        for (path, bytes) in BuiltinTheme.files.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(Data(bytes))
        }
        return hasher.value
    }()
}
