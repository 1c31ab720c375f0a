import PracticaCore
import PracticaModel

/// /sitemap.xml, each page with its hreflang alternates.
struct Sitemap {
    /// One URL and the language versions of the same page.
    struct Entry {
        var path: String
        var alternates: [(language: String, path: String)]
        /// The date the page last changed, where the content says it.
        var lastModified: String? = nil
    }

    var urls: SiteURLs
    var entries: [Entry]

    func xml() -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#,
        ]
        for entry in entries {
            lines.append("  <url>")
            lines.append("    <loc>\(XMLText.escape(urls.absolute(entry.path)))</loc>")
            if let lastModified = entry.lastModified { lines.append("    <lastmod>\(lastModified)</lastmod>") }
            if entry.alternates.count > 1 {
                for alternate in entry.alternates {
                    lines.append(
                        #"    <xhtml:link rel="alternate" hreflang="\#(alternate.language)" href="\#(XMLText.escape(urls.absolute(alternate.path)))"/>"#)
                }
            }
            lines.append("  </url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
