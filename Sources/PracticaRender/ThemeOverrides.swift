import Foundation
import PracticaCore

/// Checks the paths of a site's templates/ against the built-in theme's, so that a customisation at the wrong
/// path or under a misspelt name is reported instead of silently not applying.
///
/// Templates are registered by file name alone, so `partials/practice.mustache` would replace the practice
/// layout: that is an error. A layout that no page renders and no template includes or inherits, a file
/// outside the theme's folders, or a non-template file among the templates is a warning, since a site that
/// built before must still build.
enum ThemeOverrides {
    static let folders = ["layouts", "partials", "assets", "i18n"]

    /// The names that templates include (`{{> name}}`) or inherit from (`{{< name}}`): a layout named there is
    /// used, as the built-in theme's pages use `base`.
    static func referencedNames(in texts: some Sequence<String>) -> Set<String> {
        var names: Set<String> = []
        for text in texts {
            var rest = text[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let sigil = rest.first, sigil == ">" || sigil == "<" else { continue }
                let name = rest.dropFirst().prefix { $0 != "}" }.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { names.insert(name) }
            }
        }
        return names
    }

    /// What to make of the override at `relative` (a path below templates/), given the built-in theme's paths:
    /// whether to load it, and what to tell the editor.
    static func check(
        _ relative: String, builtin: some Collection<String>, referenced: Set<String> = []
    ) -> (load: Bool, problem: Diagnostic?) {
        let location = SourceLocation(path: "templates/" + relative)
        let parts = relative.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, folders.contains(parts[0]) else {
            // Notes beside the templates (README.md), and the index file of a copied built-in theme, are not
            // theme files, and worth no warning.
            if parts.count == 1, relative.hasSuffix(".md") || relative.hasSuffix(".swift") { return (false, nil) }
            let hint = parts.count == 2 ? Suggestion.closest(to: parts[0], among: folders).map { "did you mean templates/\($0)/?" } : nil
            return (false, .warning(
                "'\(relative)' is not part of a theme, so it is not used", at: location,
                hint: hint ?? "a theme holds \(folders.map { $0 + "/" }.joined(separator: ", "))"))
        }
        let (folder, file) = (parts[0], parts[1])
        guard folder == "layouts" || folder == "partials" else { return (true, nil) }
        // Templates in subfolders are known by their file name too, as they always were.
        let fileName = String(file.split(separator: "/").last ?? "")
        guard fileName.hasSuffix(".mustache") else {
            return (false, .warning("'\(relative)' is not a template, so it is not used", at: location, hint: "templates are \(folder)/<name>.mustache"))
        }
        let name = String(fileName.dropLast(".mustache".count))
        let other = folder == "layouts" ? "partials" : "layouts"
        if builtin.contains("\(other)/\(fileName)") {
            return (false, .error(
                "'\(name)' is the name of a built-in \(other == "layouts" ? "layout" : "partial"), which this file would replace",
                at: location, hint: "templates share one namespace: to override it, put the file at templates/\(other)/\(fileName)"))
        }
        if folder == "layouts", !builtin.contains(relative), !referenced.contains(name) {
            let layouts = builtin.filter { $0.hasPrefix("layouts/") && $0.hasSuffix(".mustache") }
                .map { String($0.dropFirst("layouts/".count).dropLast(".mustache".count)) }
            return (true, .warning(
                "no page uses the layout '\(name)'", at: location,
                hint: Suggestion.hint(for: name, among: layouts) ?? "inherit it from a layout ({{<\(name)}}), or include it from partials/"))
        }
        return (true, nil)
    }
}
