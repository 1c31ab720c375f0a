import Foundation

/// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`, with the views the targets need.
public struct FuzzInput {
    public let bytes: [UInt8]

    /// Copies the input: libFuzzer owns the buffer and reuses it after the call.
    public init(_ start: UnsafePointer<UInt8>?, _ count: Int) {
        bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    }

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The bytes as text, invalid UTF-8 replaced, for parsers that take a String.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The first byte picks what a dispatching target does with the rest.
    public var selector: UInt8 { bytes.first ?? 0 }

    /// Everything after the selector byte.
    public var rest: FuzzInput { FuzzInput(bytes: Array(bytes.dropFirst())) }

    /// The bytes cut at NUL into at most `count` parts, for targets that need several fields.
    public func fields(_ count: Int) -> [String] {
        var parts = bytes.split(separator: 0, maxSplits: count - 1, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        while parts.count < count { parts.append("") }
        return parts
    }
}

/// Stops the fuzzer with a message when a property of the code under test fails.
///
/// A broken property is as much a finding as a trap, so it must crash for libFuzzer to keep the input.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard condition() else {
        FileHandle.standardError.write(Data("fuzz property failed: \(message())\n".utf8))
        abort()
    }
}

/// Line counting as generous as any editor's: CR, LF, CR LF, NEL, LS and PS each end a line.
public enum Lines {
    /// The highest line number a location in `text` can honestly name.
    public static func maximum(in text: String) -> Int {
        var breaks = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previous == "\r": break
            case "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}": breaks += 1
            default: break
            }
            previous = scalar
        }
        return breaks + 1
    }
}
