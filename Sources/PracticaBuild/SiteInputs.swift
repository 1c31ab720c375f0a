import Foundation
import PracticaCore
import PracticaRender

/// The digest of what every page may depend on besides the documents: site.yml, taxonomies.yml, the theme,
/// and the options that change pages.
///
/// Each part is taken just before the stage that reads its files: a file saved in between then makes the next
/// build render more, never less. (Only a save and its undo within those microseconds could go unseen.)
struct SiteInputs {
    var settings: UInt64 = 0
    var theme: UInt64 = 0

    /// site.yml, taxonomies.yml and the options: take it before the load stage.
    static func settings(_ options: BuildOptions, fileSystem: any FileSystem) -> UInt64 {
        var hasher = StableHasher()
        for file in ["content/site.yml", "content/taxonomies.yml"] {
            hasher.combine(file)
            hasher.combine(optional: (try? fileSystem.read(options.site + "/" + file)).map(StableHasher.digest))
        }
        hasher.combine(options.baseURL ?? "")
        hasher.combine(options.includeDrafts)
        return hasher.value
    }

    var digest: UInt64 {
        var hasher = StableHasher()
        hasher.combine(settings)
        hasher.combine(theme)
        return hasher.value
    }
}
