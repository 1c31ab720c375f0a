import Foundation

/// JSON from plain Swift values (dictionaries, arrays, strings, numbers, booleans), keys sorted, slashes unescaped.
///
/// Foundation's JSONSerialization took a sixth of a build's time on the search index and exports,
/// mostly in bridging to AnyHashable; this writes UTF-8 directly and gives the same bytes every run.
public enum JSONText {
    /// The UTF-8 bytes of `value` as JSON; values of other types are written as `null`.
    public static func data(_ value: Any) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        write(value, to: &bytes)
        return Data(bytes)
    }

    /// A value written once and put in place as it is wherever it appears again, as each card is in its own
    /// export file and in the list of all practices.
    public struct Fragment: Sendable {
        let bytes: [UInt8]

        /// The JSON of `value`, written now.
        public init(_ value: Any) {
            var bytes: [UInt8] = []
            JSONText.write(value, to: &bytes)
            self.bytes = bytes
        }
    }

    private static func write(_ value: Any, to bytes: inout [UInt8]) {
        // The common exact types first, told by their metadata: going down the casts below, a dictionary failed
        // four of them before it matched, and the casts were a third of the time spent writing JSON.
        let type = type(of: value)
        if type == String.self, let text = value as? String { return writeString(text, to: &bytes) }
        if type == [String: Any].self, let object = value as? [String: Any] { return writeObject(object, to: &bytes) }
        if type == Int.self, let number = value as? Int { return writeInteger(number, to: &bytes) }
        if type == Fragment.self, let fragment = value as? Fragment { return bytes += fragment.bytes }
        switch value {
        case let text as String: writeString(text, to: &bytes)
        case let number as Int: writeInteger(number, to: &bytes)
        case let flag as Bool: bytes += Array((flag ? "true" : "false").utf8)
        case let number as Double: bytes += Array(format(number).utf8)
        case let object as [String: Any]: writeObject(object, to: &bytes)
        default: writeList(value, to: &bytes)
        }
    }

    private static func writeObject(_ object: [String: Any], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        // Sorted with their values: looking each value up again by its key hashed every key twice.
        for (index, (key, item)) in object.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            writeString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            write(item, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Lists, told apart by their exact type before any cast: a conditional cast to `[Int]` looked at a list's
    /// elements one by one before it failed, which was half the time spent writing the exports.
    private static func writeList(_ value: Any, to bytes: inout [UInt8]) {
        let type = type(of: value)
        // Postings are arrays of integers by the million: written without boxing each number.
        if type == [Int].self, let numbers = value as? [Int] { return writeIntegers(numbers, to: &bytes) }
        if type == [[Int]].self, let lists = value as? [[Int]] {
            bytes.append(UInt8(ascii: "["))
            for (index, numbers) in lists.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeIntegers(numbers, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
            return
        }
        guard let list = value as? [Any] else { return bytes += Array("null".utf8) }
        bytes.append(UInt8(ascii: "["))
        for (index, item) in list.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(item, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private static func writeIntegers(_ numbers: [Int], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (index, number) in numbers.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            writeInteger(number, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Decimal digits appended in place: a String per number was most of the time spent on postings.
    @inline(__always)
    private static func writeInteger(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = number.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    /// Whole numbers without a fraction, others in their shortest round-tripping form.
    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    private static func writeString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: copied whole, not byte by byte.
        let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: bytes += Array(String(format: "\\u%04x", byte).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
