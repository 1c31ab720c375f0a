import Foundation
import PracticaCore
import PracticaModel
import PracticaRender
import PracticaSource

/// The pages of edited practice cards, rendered at once against the last good build's site with only those
/// cards replaced. The dev server serves them while the rebuild that follows runs: on a large site the whole
/// rebuild takes seconds, and the editor is looking at the card they edited. The rebuild then writes the true
/// page, which differs only where other pages' changes show on it.
public struct EditPreview {
    public var options: BuildOptions
    public var fileSystem: any FileSystem

    public init(options: BuildOptions, fileSystem: any FileSystem) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// The preview pages for `changed` (site-relative paths). Only cards that already have a page are previewed,
    /// and only when they parse without errors; the rest wait for the rebuild, which reports their problems.
    public func pages(changed: [String], caches: BuildCaches) -> [OutputFile] {
        guard let renderer = caches.lastRenderer else { return [] }
        let reader = ContentReader(fileSystem: fileSystem, site: options.site, includeDrafts: options.includeDrafts, cache: caches.parses)
        return changed.compactMap { path -> OutputFile? in
            guard let file = Self.cardFile(path, languages: renderer.content.config.languages),
                let practice = renderer.content.practice(file.id),
                let index = practice.versions.firstIndex(where: { $0.language == file.language })
            else { return nil }
            guard let card = reader.card(file).card, options.includeDrafts || !card.draft else { return nil }
            var edited = practice
            edited.versions[index] = card
            return renderer.practicePage(edited, card: card)
        }
    }

    /// `content/practices/<id>/<lang>.md` in a configured language, as a content file.
    static func cardFile(_ path: String, languages: [String]) -> ContentFile? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts[0] == "content", parts[1] == "practices", parts[3].hasSuffix(".md") else { return nil }
        let language = String(parts[3].dropLast(3))
        guard languages.contains(language) else { return nil }
        return ContentFile(kind: .practices, id: parts[2], language: language, path: path)
    }
}
