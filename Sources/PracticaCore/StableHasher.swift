import Foundation

/// 64-bit FNV-1a over bytes, strings and numbers: the same value for the same input in every run.
///
/// Swift's `Hasher` is seeded per process, so its values cannot be logged, compared across runs or tested
/// against; rebuild fingerprints use this instead. Not for security: anyone can make collisions on purpose.
public struct StableHasher: Sendable {
    /// The hash of everything combined so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// The hash of `data` alone.
    public static func digest(_ data: Data) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(data)
        return hasher.value
    }

    /// Adds raw bytes; callers that combine several variable-length parts should add lengths too.
    public mutating func combine(bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        value = hash
    }

    /// Adds the bytes and their count, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func combine(_ data: Data) {
        combine(UInt64(data.count))
        data.withUnsafeBytes { combine(bytes: $0) }
    }

    /// Adds the UTF-8 bytes and their count.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            combine(UInt64(buffer.count))
            combine(bytes: UnsafeRawBufferPointer(buffer))
        }
    }

    /// Adds the eight bytes of a number, little end first.
    public mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine(bytes: $0) }
    }

    public mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    public mutating func combine(_ flag: Bool) { combine(flag ? 1 as UInt64 : 0) }

    /// Adds an optional value, telling absent from every present one.
    public mutating func combine(optional number: UInt64?) {
        combine(number != nil)
        if let number { combine(number) }
    }
}
