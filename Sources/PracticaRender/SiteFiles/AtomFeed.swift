import PracticaCore
import PracticaModel

/// /<lang>/feed.xml: the newest practices first, dated by the cards, never by the build.
struct AtomFeed {
    let context: RenderContext
    var limit = 50

    func xml() -> String {
        let urls = context.urls, language = context.language
        let cards = context.content.practices.compactMap { $0.version(in: language) }
            .sorted { ($0.updated ?? $0.created ?? "", $1.id) > ($1.updated ?? $1.created ?? "", $0.id) }
            .prefix(limit)
        let newest = cards.first.flatMap { $0.updated ?? $0.created } ?? "2000-01-01"
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(language)">"#,
            "  <title>\(XMLText.escape(context.siteTitle))</title>",
            "  <id>\(XMLText.escape(urls.absolute(urls.home(language))))</id>",
            #"  <link rel="alternate" type="text/html" href="\#(XMLText.escape(urls.absolute(urls.catalog(language))))"/>"#,
            #"  <link rel="self" type="application/atom+xml" href="\#(XMLText.escape(urls.absolute(urls.feed(language))))"/>"#,
            "  <updated>\(newest)T00:00:00Z</updated>",
            "  <author><name>\(XMLText.escape(context.siteTitle))</name></author>",
        ]
        for card in cards {
            let href = XMLText.escape(urls.absolute(urls.practice(card.id, language)))
            lines += [
                "  <entry>",
                "    <title>\(XMLText.escape(card.title))</title>",
                "    <id>\(href)</id>",
                #"    <link rel="alternate" type="text/html" href="\#(href)"/>"#,
                "    <updated>\(card.updated ?? card.created ?? newest)T00:00:00Z</updated>",
            ]
            if let created = card.created { lines.append("    <published>\(created)T00:00:00Z</published>") }
            if let organization = card.organization { lines.append("    <author><name>\(XMLText.escape(organization))</name></author>") }
            lines += ["    <summary>\(XMLText.escape(card.summary))</summary>", "  </entry>"]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }
}
