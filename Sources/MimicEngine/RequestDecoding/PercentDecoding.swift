/// Percent-decoding (RFC 3986 §2.1) of the text of a URL's path or query, byte by byte: `%XX` escapes decoded,
/// the result read as UTF-8.
///
/// Text that cannot be decoded (an escape cut short such as `%4`, one that is not hexadecimal such as `%ZZ`, or
/// bytes that are not UTF-8 once decoded) is a ``Fault`` saying why, not text guessed at.
enum PercentDecoding {
    /// Why a piece of text could not be decoded.
    struct Fault: Error, Sendable, Hashable {
        var reason: String
    }

    /// The text `bytes` spell once their escapes are decoded; `+` is read as a space when `plusIsSpace` (in a
    /// query or a form body, not in a path).
    static func decode(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool) throws(Fault) -> String {
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || (plusIsSpace && $0 == UInt8(ascii: "+")) }) else {
            return try utf8(bytes)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "%") else {
                output.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
                continue
            }
            guard index + 2 < bytes.endIndex else {
                throw Fault(reason: "the percent-encoding '\(String(decoding: bytes[index...], as: UTF8.self))' is cut short; write a byte as % and two hexadecimal digits")
            }
            guard let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else {
                throw Fault(reason: "'\(String(decoding: bytes[index...(index + 2)], as: UTF8.self))' is not a percent-encoding; write a byte as % and two hexadecimal digits, and % itself as %25")
            }
            output.append(high << 4 | low)
            index += 3
        }
        return try utf8(output[...])
    }

    /// The text of UTF-8 bytes; a fault when they are not UTF-8.
    private static func utf8(_ bytes: ArraySlice<UInt8>) throws(Fault) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Fault(reason: "the decoded bytes are not UTF-8 text")
        }
        return text
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
