import Testing

import PracticaMarkdown

@Suite("Plain text and links")
struct PlainTextAndLinksTests {
    let renderer = MarkdownRenderer()

    @Test("gives one line per block, without markup, whitespace collapsed")
    func plainText() {
        let document = renderer.render("""
            # The *Circle*

            A **calm**   start,
            then [talk](talk.md) and `code`.\\
            New line.

            > Quoted ~~text~~

            - [x] first
            - second

            | Who | When |
            |-----|------|
            | All | Now  |

            <div>hidden raw html</div>

            ```
            let x = 1
              let y = 2
            ```

            ![alt text](a.png)
            """)
        #expect(document.plainText == """
            The Circle
            A calm start, then talk and code. New line.
            Quoted text
            first
            second
            Who When
            All Now
            let x = 1 let y = 2
            alt text
            """)
    }

    @Test("lists every link and image destination in document order, as cmark decoded it")
    func links() {
        let document = renderer.render("""
            [one](one.md) ![two](img/two.png "T") [three][r] www.four.org <https://five.org>
            [empty]() [bad](javascript:x) [spaced](<with space.md>) [amp](a?b=1&amp;c=2)

            [r]: /three/
            """)
        #expect(document.links.map(\.url) == [
            "one.md", "img/two.png", "/three/", "http://www.four.org", "https://five.org",
            "with space.md", "a?b=1&c=2",
        ])
    }

    @Test("each link carries its file line, counted from the line the body starts on")
    func linkLines() {
        let document = renderer.render("""
            Intro line.

            A paragraph with [one](one.md)
            and on its second line [two](../two/).

            - item [three](/en/three/)
            """, firstLine: 10)
        #expect(document.links.map(\.url) == ["one.md", "../two/", "/en/three/"])
        #expect(document.links.map(\.line) == [12, 13, 15])
        #expect(document.links.map(\.column) == [18, 24, 8])
        let hebrew = renderer.render("שלום [קישור](../a/)", firstLine: 3)
        #expect(hebrew.links == [BodyLink(url: "../a/", line: 3, column: 6)])
    }

    @Test("renders empty and whitespace-only input as an empty document")
    func empty() {
        #expect(renderer.render("") == MarkdownDocument())
        #expect(renderer.render(" \n\t\n\n") == MarkdownDocument())
    }
}
