// Words travel through analysis as arrays of Unicode scalar values: stemmers index
// and splice them in place, which String cannot do without per-character allocation.

extension String {
    /// The scalar values of this string.
    var scalarValues: [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(utf8.count)
        for scalar in unicodeScalars { values.append(scalar.value) }
        return values
    }

    /// A string made of scalar values; invalid values (never produced by analysis) become U+FFFD.
    init<C: Collection>(scalarValues values: C) where C.Element == UInt32 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 2)
        for value in values { ScalarText.appendUTF8(value, to: &bytes) }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

enum ScalarText {
    /// Appends the UTF-8 encoding of one scalar value.
    @inline(__always)
    static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x10000...0x10FFFF:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
    }

    /// A string made of scalar values, encoding through a reusable byte buffer.
    @inline(__always)
    static func string(_ values: [UInt32], using bytes: inout [UInt8]) -> String {
        bytes.removeAll(keepingCapacity: true)
        for value in values { appendUTF8(value, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `word` ends with `suffix` when only its first `length` scalars count.
    @inline(__always)
    static func hasSuffix(_ word: [UInt32], length: Int, _ suffix: [UInt32]) -> Bool {
        guard length >= suffix.count, length <= word.count else { return false }
        var i = length - suffix.count
        for value in suffix {
            if word[i] != value { return false }
            i += 1
        }
        return true
    }
}
