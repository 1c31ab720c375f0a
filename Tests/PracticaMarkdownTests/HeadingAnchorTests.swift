import Foundation
import Testing

@testable import PracticaMarkdown

@Suite("Heading anchors")
struct HeadingAnchorTests {
    let renderer = MarkdownRenderer()

    @Test("an anchor is escaped for its attribute only where it holds markup characters")
    func escapedAnchors() {
        #expect(HTMLPostprocessor.escapeAttribute("a&b<c>\"d'e") == "a&amp;b&lt;c&gt;&quot;d&#39;e")
        for slug in ["plain-slug_1", "круг-доверия", "שלום", "section", ""] {
            #expect(HTMLPostprocessor.escapeAttribute(slug) == slug)
        }
    }

    @Test("gives a Cyrillic heading a Cyrillic anchor, lowercased, punctuation dropped")
    func cyrillic() {
        let document = renderer.render("## Круг доверия: как начать?")
        #expect(document.html == "<h2 id=\"круг-доверия-как-начать\">Круг доверия: как начать?</h2>\n")
        #expect(document.headings == [Heading(level: 2, text: "Круг доверия: как начать?", anchor: "круг-доверия-как-начать")])
    }

    @Test("keeps Hebrew letters and their vowel points in the anchor")
    func hebrew() {
        let document = renderer.render("# שָׁלוֹם, חברים!")
        #expect(document.headings.first?.anchor == "שָׁלוֹם-חברים")
        #expect(document.html.hasPrefix("<h1 id=\"שָׁלוֹם-חברים\">"))
    }

    @Test("makes repeated headings unique with -1, -2 suffixes, avoiding anchors already taken")
    func uniqueAnchors() {
        let document = renderer.render("# Steps\n\n## Steps\n\n### Steps 1\n\n## Steps\n")
        #expect(document.headings.map(\.anchor) == ["steps", "steps-1", "steps-1-1", "steps-2"])
        #expect(document.html.contains("<h2 id=\"steps-1\">Steps</h2>"))
        #expect(document.html.contains("<h3 id=\"steps-1-1\">Steps 1</h3>"))
    }

    @Test("avoids anchors the page layout reserves")
    func reservedAnchors() {
        let document = MarkdownRenderer(reservedAnchors: ["main", "toc-heading"]).render("# Main\n\n## TOC heading\n\n## Other")
        #expect(document.headings.map(\.anchor) == ["main-1", "toc-heading-1", "other"])
        #expect(document.html.hasPrefix("<h1 id=\"main-1\">Main</h1>"))
    }

    @Test("anchors headings inside quotes and lists, in document order")
    func nestedHeadings() {
        let document = renderer.render("> # Quoted\n\n- ## Listed\n\nSetext\n---\n")
        #expect(document.headings == [
            Heading(level: 1, text: "Quoted", anchor: "quoted"),
            Heading(level: 2, text: "Listed", anchor: "listed"),
            Heading(level: 2, text: "Setext", anchor: "setext"),
        ])
        #expect(document.html.contains("<blockquote>\n<h1 id=\"quoted\">Quoted</h1>"))
        #expect(document.html.contains("<li>\n<h2 id=\"listed\">Listed</h2>"))
    }

    @Test("keeps inline markup in the heading HTML escaped and out of its text and anchor")
    func markupInHeading() {
        let document = renderer.render("# Use `<b>` & *care* <script>")
        #expect(document.html == "<h1 id=\"use-b-care\">Use <code>&lt;b&gt;</code> &amp; <em>care</em> <!-- raw HTML omitted --></h1>\n")
        #expect(document.headings.first?.text == "Use <b> & care")
    }

    @Test("falls back to 'section' for headings with no letters or digits")
    func emptySlug() {
        let document = renderer.render("# ???\n\n# 🙂\n\n#\n")
        #expect(document.headings.map(\.anchor) == ["section", "section-1", "section-2"])
    }

    @Test("builds slugs from letters, digits and marks of any script, joined by single hyphens")
    func slugRules() {
        #expect(HeadingSlugger.slug("  Step 1 — Prepare   the room  ") == "step-1-prepare-the-room")
        #expect(HeadingSlugger.slug("C++ & C#") == "c-c")
        #expect(HeadingSlugger.slug("snake_case--and-kebab") == "snake_case-and-kebab")
        #expect(HeadingSlugger.slug("Ünïcödé ΕΛΛΗΝΙΚΆ हिन्दी 日本語") == "ünïcödé-ελληνικά-हिन्दी-日本語")
        #expect(HeadingSlugger.slug("И\u{306}ога") == "йога")  // decomposed й, stored precomposed
        #expect(HeadingSlugger.slug(String(repeating: "word ", count: 100)).count <= HeadingSlugger.maximumLength)
    }

    @Test("every scalar the slugger takes for a letter without looking it up is alphabetic")
    func knownLetterRanges() {
        for range in HeadingSlugger.knownLetterRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            }
        }
        #expect(HeadingSlugger.slug("Этапы ѝ Ѐ — מִשְׁפָּחָה") == "этапы-ѝ-ѐ-מִשְׁפָּחָה")
    }

    @Test("every scalar the slugger takes for NFC without normalizing is left alone by NFC, alone or after a letter")
    func knownNFCRanges() {
        let starters = ["a", "e", "u", "A", "и", "е", "ш", "ש", "ו", "1"]
        for range in HeadingSlugger.knownNFCRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(scalar)
                #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
                for starter in starters {
                    let pair = starter + text
                    #expect(pair.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(pair.unicodeScalars), "U+\(String(value, radix: 16))")
                }
            }
        }
        #expect(HeadingSlugger.isKnownNFC("Цели и этапы — משפחה"))
        #expect(!HeadingSlugger.isKnownNFC("И\u{306}ога"))
        #expect(!HeadingSlugger.isKnownNFC("שָׁלוֹם"))
    }
}
