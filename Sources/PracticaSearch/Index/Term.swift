import Foundation

/// A search term or written form as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// The analyzer's output is NFC already, so equal bytes mean equal strings; `String`'s own hashing normalizes
/// non-ASCII text again on every call, which made hashing a sixth of the index's time for Hebrew, Russian and
/// Bulgarian terms.
struct Term: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { hasher.combine(text) }
    }

    static func == (a: Term, b: Term) -> Bool {
        let equal = a.text.utf8.withContiguousStorageIfAvailable { x in
            // memcmp: the generic elementsEqual went byte by byte, 250 instructions a comparison.
            b.text.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        return (equal ?? nil) ?? (a.text == b.text)
    }
}
