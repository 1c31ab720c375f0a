import Foundation
import PracticaCore
import Testing

@testable import PracticaRender

@Suite("Theme")
struct ThemeTests {
    @Test("a site's template overrides the built-in one, and a broken one is reported at its own line and column")
    func brokenOverride() {
        let fs = InMemoryFileSystem(["s/templates/layouts/home.mustache": "<p>ok</p>\n<p>{{#open}}never closed</p>\n"])
        var diagnostics: [Diagnostic] = []
        _ = Theme.load(site: "s", fileSystem: fs, diagnostics: &diagnostics)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.path == "templates/layouts/home.mustache")
        #expect((diagnostics.first?.location.line ?? 0) >= 2, "the error is not on the template's first line")
        #expect(diagnostics.first?.message == "template error: a section {{#…}} or {{^…}} is never closed with {{/…}}")
    }

    @Test("an override at the wrong path or under another kind's name is reported, and not used; inherited layouts and nested partials are")
    func misplacedOverrides() {
        let fs = InMemoryFileSystem([
            "s/templates/partials/practice.mustache": "<h1>PARTIAL</h1>",
            "s/templates/layout/home.mustache": "<h1>WRONG FOLDER</h1>",
            "s/templates/layouts/practise.mustache": "<h1>MISSPELT</h1>",
            "s/templates/layouts/home.html": "<h1>NOT A TEMPLATE</h1>",
            "s/templates/README.md": "notes",
            "s/templates/partials/mine.mustache": "<p>a partial of the site's own</p>",
            "s/templates/partials/sub/note.mustache": "<p>a partial in a subfolder</p>",
            "s/templates/layouts/base-wide.mustache": "<main class=wide>{{$content}}{{/content}}</main>",
            "s/templates/layouts/model.mustache": "{{<base-wide}}{{$content}}{{> note}}{{/content}}{{/base-wide}}",
        ])
        var diagnostics: [Diagnostic] = []
        let theme = Theme.load(site: "s", fileSystem: fs, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.description) == [
            "templates/layout/home.mustache: warning: 'layout/home.mustache' is not part of a theme, so it is not used (did you mean templates/layouts/?)",
            "templates/layouts/home.html: warning: 'layouts/home.html' is not a template, so it is not used (templates are layouts/<name>.mustache)",
            "templates/layouts/practise.mustache: warning: no page uses the layout 'practise' (did you mean 'practice'?)",
            "templates/partials/practice.mustache: error: 'practice' is the name of a built-in layout, which this file would replace (templates share one namespace: to override it, put the file at templates/layouts/practice.mustache)",
        ])
        #expect(theme.sources["practice"]?.contains("PARTIAL") == false)
        #expect(theme.sources["home"]?.contains("WRONG FOLDER") == false)
        #expect(theme.sources["mine"]?.contains("a partial of the site's own") == true)
        #expect(theme.sources["note"]?.contains("a partial in a subfolder") == true, "templates in subfolders load by file name")
        #expect(theme.sources["base-wide"] != nil, "a layout that another template inherits is used, and not warned about")
    }

    @Test("a UI string that is not a text is a warning at its line, and English stands in for it")
    func nonTextUIString() {
        let fs = InMemoryFileSystem(["s/templates/i18n/en.yml": "site_search: Search\nnav_catalog: [Catalog]\n"])
        var diagnostics: [Diagnostic] = []
        let theme = Theme.load(site: "s", fileSystem: fs, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.description) == [
            "templates/i18n/en.yml:2:14: warning: UI string 'nav_catalog' must be a text, found a list (quote it if it holds ':' or '#')"
        ])
        #expect(theme.strings["en"]?["nav_catalog"] == nil)
    }

    @Test("every value is escaped for HTML, text without markup passes through unchanged")
    func escaping() throws {
        let fs = InMemoryFileSystem(["s/templates/partials/probe.mustache": #"<a title="{{x}}">{{x}}</a>{{{raw}}}"#])
        var diagnostics: [Diagnostic] = []
        let theme = Theme.load(site: "s", fileSystem: fs, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let hostile = theme.library.render(["x": #"<script>alert("x")</script> & 'y'"#, "raw": "<b>trusted</b>"], withTemplate: "probe")
        #expect(hostile == #"<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</a><b>trusted</b>"#)
        #expect(theme.library.render(["x": "Клуб приёмных семей", "raw": ""], withTemplate: "probe") == #"<a title="Клуб приёмных семей">Клуб приёмных семей</a>"#)
    }

    @Test("every file of templates/ is compiled into the binary, byte for byte")
    func builtinThemeIsComplete() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates").standardizedFileURL
        let files = try LocalFileSystem().walk(root.path).filter { $0 != "BuiltinTheme.swift" && $0 != "README.md" }
        #expect(Set(files) == Set(PracticaTheme.BuiltinTheme.files.keys), "run python3 scripts/theme-index.py")
        for file in files {
            #expect(try Data(contentsOf: root.appendingPathComponent(file)) == Data(PracticaTheme.BuiltinTheme.files[file] ?? []), "\(file) changed: rebuild")
        }
    }
}

import PracticaTheme

@Suite("UI strings")
struct UIStringsTests {
    @Test("a language without UI strings falls back to English with a warning naming the file to add")
    func missingLanguage() {
        var diagnostics: [Diagnostic] = []
        let theme = Theme.load(site: "s", fileSystem: InMemoryFileSystem([:]), diagnostics: &diagnostics)
        let strings = UIStrings.resolve(theme, language: "de", diagnostics: &diagnostics)
        #expect(strings["nav_catalog"] == "All practices")
        #expect(diagnostics.map(\.description) == [
            "templates/i18n/de.yml: warning: the theme has no UI strings for 'de' (English is used; add templates/i18n/de.yml to translate them)"
        ])
    }

    @Test("keys missing from a language's strings are named in one warning, and English stands in for them")
    func missingKeys() {
        var diagnostics: [Diagnostic] = []
        let fs = InMemoryFileSystem(["s/templates/i18n/ru.yml": "nav_catalog: Все практики\n"])
        let theme = Theme.load(site: "s", fileSystem: fs, diagnostics: &diagnostics)
        let strings = UIStrings.resolve(theme, language: "ru", diagnostics: &diagnostics)
        #expect(strings["nav_catalog"] == "Все практики")
        #expect(strings["search_button"] == "Search")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("UI strings missing in 'ru': ") == true)
        #expect(diagnostics.first?.location.path == "templates/i18n/ru.yml")
    }

    @Test("placeholders are filled in one pass: values are not searched again and unknown names stay as written")
    func formatFillsPlaceholdersOnce() {
        let strings = UIStrings(language: "en", table: ["count": "{count} of {total} {unknown} {", "plain": "No braces"])
        #expect(strings.format("count", ["count": "{total}", "total": "12"]) == "{total} of 12 {unknown} {")
        #expect(strings.format("plain", ["count": "1"]) == "No braces")
        #expect(strings.format("missing_key", [:]) == "missing_key")
    }
}
