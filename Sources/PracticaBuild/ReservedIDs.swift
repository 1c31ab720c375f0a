import PracticaCore
import PracticaModel
import PracticaRender

/// Free pages live at /<lang>/<id>/, beside the catalog and taxonomies; their ids must not take those folders.
enum ReservedIDs {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        content.pages.filter { SiteURLs.reservedIDs.contains($0.id) }.flatMap { page in
            page.versions.map { version in
                Diagnostic.error(
                    "page id '\(page.id)' is reserved", at: SourceLocation(path: version.path),
                    hint: "the site uses /<lang>/\(page.id)/ itself; rename the folder")
            }
        }
    }
}
