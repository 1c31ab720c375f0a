import Foundation
import PracticaCore
import PracticaModel
import PracticaSource

/// A small site in memory, read through the source and model stages exactly as `practica check` does.
public struct FuzzSite {
    public static let siteYAML = """
        title: {en: Practices, ru: Практики, he: פרקטיקות}
        base_url: https://example.test/
        default_language: en
        languages: [en, ru, he]
        cost_bands:
          RUB: [100000, 1000000, 10000000]
          EUR: [5000, 50000, 500000]
        """

    public static let taxonomiesYAML = """
        topics:
          foster-care: {en: Foster care, ru: Семейное устройство, he: אומנה}
          poverty: {en: Poverty, ru: Бедность, he: עוני}
        audience:
          parents: {en: Parents, ru: Родители, he: הורים}
        regions:
          israel: {en: Israel, ru: Израиль, he: ישראל}
        partners:
          jdc: {en: JDC, ru: Джойнт, he: ג'וינט}
        evidence:
          evaluated: {en: Evaluated, ru: Есть оценка, he: נערך מחקר הערכה}
        """

    /// A card with every required key, for targets that vary only the other files.
    public static let plainCard = """
        ---
        title: A practice
        summary: What it does.
        topics: [poverty]
        ---
        Text.
        """

    /// Path (relative to the site folder) → bytes, which need not be UTF-8.
    public var files: [String: [UInt8]] = [
        "content/site.yml": Array(siteYAML.utf8),
        "content/taxonomies.yml": Array(taxonomiesYAML.utf8),
    ]

    public init() {}

    /// Puts `bytes` at `path`, under the site folder.
    public mutating func set(_ path: String, _ bytes: [UInt8]) { files[path] = bytes }

    /// Puts `text` at `path`, under the site folder.
    public mutating func set(_ path: String, _ text: String) { files[path] = Array(text.utf8) }

    /// Loads, reads and validates everything, as a build's first stages do.
    public func read() -> (content: SiteContent, diagnostics: [Diagnostic]) {
        let fileSystem = InMemoryFileSystem()
        for (path, bytes) in files { try? fileSystem.write(Data(bytes), to: "s/" + path) }
        var diagnostics: [Diagnostic] = []
        let loaded = SiteLoader(fileSystem: fileSystem, site: "s").load(diagnostics: &diagnostics)
        let content = ContentReader(fileSystem: fileSystem, site: "s", includeDrafts: true).read(loaded, diagnostics: &diagnostics)
        diagnostics += content.validate(knownIDs: loaded.inventory.ids)
        return (content, diagnostics)
    }

    /// Every diagnostic names a file of the site, or a folder, and a line that exists in it.
    public func checkLocations(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let location = diagnostic.location
            require(!diagnostic.message.isEmpty, "empty message at \(location)")
            guard let line = location.line else { continue }
            require(line >= 1, "line below 1: \(diagnostic)")
            if let column = location.column { require(column >= 1, "column below 1: \(diagnostic)") }
            guard let bytes = files[location.path] else {
                require(files.keys.contains { $0.hasPrefix(location.path + "/") }, "unknown path: \(diagnostic)")
                continue
            }
            require(line <= Lines.maximum(in: String(decoding: bytes, as: UTF8.self)), "line past the end of the file: \(diagnostic)")
        }
    }
}
