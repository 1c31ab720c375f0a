import Testing

@testable import PracticaRender

@Suite("Template escaping")
struct FastHTMLEscapeTests {
    @Test("the templates' escaper writes XMLText's entities with the apostrophe as &#39;")
    func entities() {
        #expect(FastHTMLEscape().escapeText("<b>ש'ם</b>") == "&lt;b&gt;ש&#39;ם&lt;/b&gt;")
    }
}
