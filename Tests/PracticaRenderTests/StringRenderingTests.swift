import Mustache
import Testing

@testable import PracticaRender

@Suite("Strings in templates")
struct StringRenderingTests {
    private func render(_ source: String, _ context: [String: Any]) throws -> String {
        _ = FastHTMLEscape.registered
        return try MustacheTemplate(string: FastHTMLEscape.pragma + source).render(context)
    }

    @Test("a string renders as its text, escaped in {{…}} and raw in {{{…}}} and {{&…}}")
    func rendersText() throws {
        let context: [String: Any] = ["s": "Tom & <Jerry> 'n' \"co\"", "he": "שלום", "empty": ""]
        #expect(try render("{{s}}|{{{s}}}|{{&s}}|{{he}}|[{{empty}}]", context)
            == "Tom &amp; &lt;Jerry&gt; &#39;n&#39; &quot;co&quot;|Tom & <Jerry> 'n' \"co\"|Tom & <Jerry> 'n' \"co\"|שלום|[]")
    }

    @Test("a string section renders once with the string as its context, an empty string included, and never inverted")
    func sectionsOnStrings() throws {
        let context: [String: Any] = ["s": "a<b", "empty": "", "name": "outer"]
        #expect(try render("{{#s}}({{.}} {{name}}){{/s}}{{^s}}none{{/s}}", context) == "(a&lt;b outer)")
        #expect(try render("{{#empty}}[{{.}}]{{/empty}}{{^empty}}none{{/empty}}", context) == "[]")
        #expect(try render("{{#missing}}x{{/missing}}{{^missing}}none{{/missing}}", context) == "none")
    }

    @Test("transforms and dotted names on strings work as swift-mustache defines them")
    func transformsOnStrings() throws {
        let context: [String: Any] = ["s": "abc", "items": ["x", "y"], "nested": ["t": "in <b>"]]
        #expect(try render("{{uppercased(s)}} {{reversed(s)}} {{s.missing}}|{{nested.t}}", context) == "ABC cba |in &lt;b&gt;")
        #expect(try render("{{#items}}{{.}}{{^last()}},{{/last()}}{{/items}}", context) == "x,y")
    }
}
