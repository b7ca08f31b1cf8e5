/// The `name=value` pairs of a query string or an `application/x-www-form-urlencoded` body, read once, byte by
/// byte: pairs split on `&`, names from values on the first `=`, `+` read as a space, `%XX` escapes decoded.
///
/// A pair that cannot be decoded (an escape cut short such as `%4`, one that is not hexadecimal such as `%ZZ`,
/// or bytes that are not UTF-8 once decoded) is not a pair: it is kept, as sent, among ``faults``.
struct QueryString: Sendable {
    /// One decoded `name=value` pair; a pair without `=` has the empty value.
    struct Pair: Sendable, Hashable {
        var name: String
        var value: String
    }

    /// A pair that could not be decoded: its name (decoded if it can be, else as sent), and why.
    struct Fault: Sendable, Hashable {
        var name: String
        var reason: String
    }

    /// The decoded pairs, in request order (empty pairs, from `&&`, dropped).
    private(set) var pairs: [Pair] = []
    private(set) var faults: [Fault] = []

    /// The pairs of `bytes` (the query without its `?`, or a whole form body).
    init(_ bytes: some Collection<UInt8>) {
        for pair in Array(bytes).split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            do throws(DecodingFault) {
                let name = try Self.decode(parts[0])
                do throws(DecodingFault) {
                    pairs.append(Pair(name: name, value: parts.count == 2 ? try Self.decode(parts[1]) : ""))
                } catch {
                    faults.append(Fault(name: name, reason: error.reason))
                }
            } catch {
                faults.append(Fault(name: String(decoding: parts[0], as: UTF8.self), reason: "its name cannot be decoded: " + error.reason))
            }
        }
    }

    /// Every value given to `name`, in order.
    func values(for name: String) -> [String] {
        pairs.compactMap { $0.name == name ? $0.value : nil }
    }

    /// Why a piece of text could not be decoded.
    private struct DecodingFault: Error {
        var reason: String
    }

    /// Percent-decoded text, `+` read as a space.
    private static func decode(_ bytes: ArraySlice<UInt8>) throws(DecodingFault) -> String {
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else {
            return try utf8(bytes)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "%") else {
                output.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
                continue
            }
            guard index + 2 < bytes.endIndex else {
                throw DecodingFault(reason: "the percent-encoding '\(String(decoding: bytes[index...], as: UTF8.self))' is cut short; write a byte as % and two hexadecimal digits")
            }
            guard let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else {
                throw DecodingFault(reason: "'\(String(decoding: bytes[index...(index + 2)], as: UTF8.self))' is not a percent-encoding; write a byte as % and two hexadecimal digits, and % itself as %25")
            }
            output.append(high << 4 | low)
            index += 3
        }
        return try utf8(output[...])
    }

    /// The text of UTF-8 bytes; a fault when they are not UTF-8.
    private static func utf8(_ bytes: ArraySlice<UInt8>) throws(DecodingFault) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DecodingFault(reason: "the decoded bytes are not UTF-8 text")
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
