import Mustache
import Testing

@testable import PracticaRender

@Suite("Template specializer")
struct TemplateSpecializerTests {
    let constants = ["ui.add": "Add <now> & 'go'", "nav.home": "/en/", "lang": "he", "ui.braced": "a {b}", "ui.lines": "a\nb"]

    private func specialize(_ source: String) -> String {
        TemplateSpecializer.specialize(source, constants: constants, escape: FastHTMLEscape().escapeText)
    }

    @Test("variable tags of constants become their text, escaped for {{…}} and raw for {{{…}}} and {{&…}}")
    func replacesVariables() {
        #expect(specialize("<a href=\"{{nav.home}}\">{{ ui.add }}</a>") == "<a href=\"/en/\">Add &lt;now&gt; &amp; &#39;go&#39;</a>")
        #expect(specialize("{{{ui.add}}}|{{& ui.add}}|{{{ lang }}}") == "Add <now> & 'go'|Add <now> & 'go'|he")
    }

    @Test("sections, partials, comments, blocks, other names and unsafe values stay as written")
    func keepsEverythingElse() {
        let source = "{{#lang}}x{{/lang}}{{^nav.home}}y{{/nav.home}}{{> lang}}{{! lang }}{{$lang}}z{{/lang}}{{title}}{{ui.braced}}{{ui.lines}}{{ui.missing}}"
        #expect(specialize(source) == source)
    }

    @Test("a template that changes its delimiters is left alone, and an unclosed tag ends the work without losing text")
    func leavesDelimiterChangesAlone() {
        #expect(specialize("{{=<% %>=}}<%lang%>{{lang}}") == "{{=<% %>=}}<%lang%>{{lang}}")
        #expect(specialize("{{lang}} then {{lang") == "he then {{lang")
    }

    @Test("a specialized template renders what the original renders with the constants in its context")
    func rendersTheSame() throws {
        _ = FastHTMLEscape.registered
        let source = FastHTMLEscape.pragma + "\n<html lang=\"{{lang}}\">{{#items}}<p>{{name}}: {{ui.add}} {{{ui.add}}} {{nav.home}}</p>{{/items}}{{^items}}{{ui.add}}{{/items}}</html>"
        let context: [String: Any] = [
            "lang": "he", "ui": ["add": "Add <now> & 'go'", "braced": "a {b}", "lines": "a\nb"], "nav": ["home": "/en/"],
            "items": [["name": "One"], ["name": "Two & three"]],
        ]
        let original = try MustacheTemplate(string: source).render(context)
        #expect(try MustacheTemplate(string: specialize(source)).render(context) == original)
        #expect(original.contains("<p>Two &amp; three: Add &lt;now&gt;"))
    }
}
