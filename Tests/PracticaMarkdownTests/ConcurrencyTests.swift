import Dispatch
import Foundation
import Testing

import PracticaMarkdown

/// Results written from many threads at once, each into its own slot.
private final class ResultSlots: @unchecked Sendable {
    private var results: [MarkdownDocument?]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ document: MarkdownDocument, at index: Int) { lock.withLock { results[index] = document } }

    var all: [MarkdownDocument?] { lock.withLock { results } }
}

@Suite("Rendering from many threads")
struct ConcurrencyTests {
    /// Uses every extension, since cmark-gfm keeps some extension state in process globals.
    static func document(_ index: Int) -> String {
        """
        # Title \(index)

        Some ~~old~~ text at www.example.org/\(index) or https://example.com/\(index) and me\(index)@example.org.

        | a | b |
        |---|---|
        | \(index) | ~~x~~ |

        - [x] done \(index)
        - [ ] open

        <script>alert(\(index))</script> [bad](javascript:alert(\(index))) ![pic](p\(index).png)
        """
    }

    @Test("renders 200 documents concurrently exactly as it does one at a time")
    func concurrentEqualsSerial() {
        let renderer = MarkdownRenderer()
        let inputs = (0..<200).map(Self.document)
        let serial = inputs.map { renderer.render($0) }
        for _ in 0..<5 {
            let slots = ResultSlots(count: inputs.count)
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                slots.set(renderer.render(inputs[index]), at: index)
            }
            let results = slots.all
            let differing = inputs.indices.filter { results[$0] != serial[$0] }
            #expect(differing.isEmpty, "documents rendered differently when concurrent: \(differing)")
        }
        #expect(serial[7].html.contains("<del>old</del>"))
        #expect(serial[7].html.contains(#"<a href="http://www.example.org/7">"#))
    }
}
