import Foundation

/// A short, stable hash of file bytes, put in file names so that hosts may cache them forever.
enum ContentHash {
    /// 64-bit FNV-1a as 8 hex digits (the low 32 bits): enough to tell versions of one file apart.
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let low = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        return String(low, radix: 16).leftPadded(to: 8)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
