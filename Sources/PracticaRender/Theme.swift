import Foundation
import Mustache
import PracticaCore
import PracticaSource
import PracticaTheme

/// The templates, UI strings and static assets a site renders with: the built-in theme, overridden file by file.
public struct Theme: Sendable {
    public var library: MustacheLibrary
    /// Each compiled template's source, by name, for `library(constants:)`.
    var sources: [String: String] = [:]
    /// UI strings per language, key → text.
    public var strings: [String: [String: String]]
    /// Files copied under /assets/, by their path below assets/.
    public var assets: [String: [UInt8]]

    /// Loads the built-in theme, then the site's own templates/ over it.
    public static func load(site: String, fileSystem: any FileSystem, diagnostics: inout [Diagnostic]) -> Theme {
        var files = BuiltinTheme.files.mapValues { ThemeFile(bytes: $0, path: nil) }
        let overrides = site + "/templates"
        if fileSystem.kind(of: overrides) == .directory {
            for (relative, file) in readOverrides(overrides, fileSystem: fileSystem, diagnostics: &diagnostics) { files[relative] = file }
        }
        let (library, sources) = compileTemplates(files, diagnostics: &diagnostics)
        return Theme(
            library: library, sources: sources,
            strings: loadStrings(files, diagnostics: &diagnostics),
            assets: files.filter { $0.key.hasPrefix("assets/") }.reduce(into: [:]) { $0[String($1.key.dropFirst(7))] = $1.value.bytes })
    }

    /// The site's own theme files that take part in the theme (`ThemeOverrides`), each read, or reported.
    private static func readOverrides(
        _ folder: String, fileSystem: any FileSystem, diagnostics: inout [Diagnostic]
    ) -> [(String, ThemeFile)] {
        let relatives: [String]
        do { relatives = try fileSystem.walk(folder) } catch {
            diagnostics.append(.error("cannot read folder: \(error.localizedDescription)", at: SourceLocation(path: "templates")))
            return []
        }
        // Each file is read once: templates first, for the names they include, then kept for the theme.
        var read: [String: Result<Data, any Error>] = [:]
        func bytes(_ relative: String) -> Result<Data, any Error> {
            if let known = read[relative] { return known }
            let result = Result { try fileSystem.read(folder + "/" + relative) }
            read[relative] = result
            return result
        }
        let templates = relatives.filter { $0.hasSuffix(".mustache") }.compactMap { try? bytes($0).get() }
        let referenced = ThemeOverrides.referencedNames(
            in: (templates + BuiltinTheme.files.filter { $0.key.hasSuffix(".mustache") }.map { Data($0.value) }).map { String(decoding: $0, as: UTF8.self) })
        return relatives.compactMap { relative in
            let (load, problem) = ThemeOverrides.check(relative, builtin: BuiltinTheme.files.keys, referenced: referenced)
            if let problem { diagnostics.append(problem) }
            guard load else { return nil }
            do {
                return (relative, ThemeFile(bytes: Array(try bytes(relative).get()), path: "templates/" + relative))
            } catch {
                diagnostics.append(.error("cannot read file: \(error.localizedDescription)", at: SourceLocation(path: "templates/" + relative)))
                return nil
            }
        }
    }

    /// A theme file and, when a site overrides it, the path diagnostics name.
    struct ThemeFile {
        var bytes: [UInt8]
        var path: String?
        func displayPath(_ relative: String) -> String { path ?? "(built-in theme)/templates/\(relative)" }
    }

    /// The library with one language's page constants written into every template (`TemplateSpecializer`); it
    /// renders exactly what `library` renders for that language's pages, with fewer lookups.
    public func library(constants: [String: String]) -> MustacheLibrary {
        var specialized = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let text = TemplateSpecializer.specialize(source, constants: constants, escape: FastHTMLEscape().escapeText)
            if let template = (try? MustacheTemplate(string: text)) ?? (try? MustacheTemplate(string: source)) {
                specialized.register(template, named: name)
            }
        }
        return specialized
    }

    private static func compileTemplates(
        _ files: [String: ThemeFile], diagnostics: inout [Diagnostic]
    ) -> (MustacheLibrary, sources: [String: String]) {
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        _ = FastHTMLEscape.registered
        // The `entry` partial as lists use it, rendered once per practice and language (`EntryCache`).
        let entry = FastHTMLEscape.pragma + "\n{{<entry}}{{$entryHeading}}\(EntryHeading.marker){{/entryHeading}}{{/entry}}"
        if let template = try? MustacheTemplate(string: entry) {
            library.register(template, named: EntryHeading.template)
            sources[EntryHeading.template] = entry
        }
        for (relative, file) in files.sorted(by: { $0.key < $1.key }) where relative.hasSuffix(".mustache") {
            let name = String((relative as NSString).lastPathComponent.dropLast(".mustache".count))
            do {
                let text = FastHTMLEscape.pragma + "\n" + String(decoding: file.bytes, as: UTF8.self)
                library.register(try MustacheTemplate(string: text), named: name)
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                // The pragma's own line goes before the template: the editor's lines start one later.
                diagnostics.append(.error(
                    "template error: \(Self.describe(error.error))",
                    at: SourceLocation(path: file.displayPath(relative), line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template error: \(error)", at: SourceLocation(path: file.displayPath(relative))))
            }
        }
        return (library, sources)
    }

    /// swift-mustache's parse error in words, with the tag to look for.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        return switch error {
        case .sectionCloseNameIncorrect: "a closing tag {{/…}} names another section than the one it closes"
        case .unfinishedName: "a tag is not finished (missing }} or a name)"
        case .expectedSectionEnd: "a section {{#…}} or {{^…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: "a delimiter tag {{=… …=}} is malformed"
        case .transformAppliedToInheritanceSection: "a transform is applied to a {{<…}} or {{$…}} section"
        case .illegalTokenInsideInheritSection: "only {{$…}} blocks may stand inside a {{<…}} section"
        case .textInsideInheritSection: "text stands inside a {{<…}} section, where only {{$…}} blocks may"
        case .invalidConfigVariableSyntax: "a {{% … }} pragma is malformed"
        case .unrecognisedConfigVariable: "a {{% … }} pragma is not one swift-mustache knows"
        }
    }

    private static func loadStrings(_ files: [String: ThemeFile], diagnostics: inout [Diagnostic]) -> [String: [String: String]] {
        var strings: [String: [String: String]] = [:]
        for (relative, file) in files where relative.hasPrefix("i18n/") && relative.hasSuffix(".yml") {
            let language = String((relative as NSString).lastPathComponent.dropLast(4))
            let path = file.displayPath(relative)
            do {
                let root = try YAMLReader.parse(TextDecoding.droppingByteOrderMark(String(decoding: file.bytes, as: UTF8.self)), path: path)
                var table: [String: String] = [:]
                for entry in root?.mapping ?? [] {
                    guard let text = entry.value.scalar else {
                        // English stands in for it, as for a missing string; say why.
                        diagnostics.append(.warning(
                            "UI string '\(entry.key)' must be a text, found \(entry.value.kindName)", at: entry.value.location,
                            hint: "quote it if it holds ':' or '#'"))
                        continue
                    }
                    table[entry.key] = text
                }
                strings[language] = table
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        return strings
    }
}
