import Foundation

/// The live-reload client: where the dev server serves it, and how pages get it.
public enum LiveReload {
    public static let prefix = "/__practica/"
    public static let scriptPath = "/__practica/live.js"
    public static let stylePath = "/__practica/live.css"
    /// The WebSocket that sends a `BuildStatus` on connecting and after every build.
    public static let eventsPath = "/__practica/events"
    /// The latest `BuildStatus` as JSON, for tools and tests.
    public static let statusPath = "/__practica/status"

    /// The tags added to every served page: external files only, since pages forbid inline scripts and styles.
    /// `build` is the id of the build the page comes from, so that a page older than the served build reloads.
    public static func tags(build: String?) -> String {
        let id = (build ?? "").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        return "<link rel=\"stylesheet\" href=\"\(stylePath)\">"
            + "<script src=\"\(scriptPath)\" data-practica-build=\"\(id)\" defer></script>"
    }

    /// The page with the tags before its last `</body>` (any case), or at its end when it has none.
    public static func inject(into html: Data, build: String?) -> Data {
        let tags = Data(tags(build: build).utf8)
        let bytes = [UInt8](html)
        let needle = Array("</body".utf8)
        var index = bytes.count - needle.count
        while index >= 0 {
            if zip(bytes[index..<index + needle.count], needle).allSatisfy({ lowercase($0) == $1 }) {
                return Data(bytes[..<index]) + tags + Data(bytes[index...])
            }
            index -= 1
        }
        return html + tags
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The script, from Assets/live.js.
    public static var script: Data { Data(PackageResources.live_js) }
    /// The overlay's styles, from Assets/live.css.
    public static var style: Data { Data(PackageResources.live_css) }

    /// Served for pages while no build has succeeded yet: the script shows the errors over it.
    public static func placeholderPage() -> Data {
        Data("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>practica serve: no build yet</title>
            </head>
            <body class="practica-live-placeholder">
            <h1>No build yet</h1>
            <p>The site has not built successfully yet. The terminal running <code>practica serve</code> lists the problems;
            this page reloads by itself once they are fixed.</p>
            </body>
            </html>

            """.utf8)
    }
}
