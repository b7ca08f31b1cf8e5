/// The `name=value` pairs of a query string or an `application/x-www-form-urlencoded` body, read once, byte by
/// byte: pairs split on `&`, names from values on the first `=`, `+` read as a space, `%XX` escapes decoded
/// (see ``PercentDecoding``).
///
/// A pair that cannot be decoded (an escape cut short such as `%4`, one that is not hexadecimal such as `%ZZ`,
/// or bytes that are not UTF-8 once decoded) is not a pair: it is kept, as sent, among ``faults``.
struct QueryString: Sendable {
    /// One decoded `name=value` pair; a pair without `=` has the empty value.
    struct Pair: Sendable, Hashable {
        var name: String
        var value: String
        /// Whether the value as sent holds a reserved character (`:/?#[]@!$&'()*+,;=`) not percent-encoded.
        var hasUnescapedReserved = false
    }

    /// Whether `byte` is one of RFC 3986's reserved characters (`:/?#[]@!$&'()*+,;=`), which `allowReserved: false`
    /// asks to be percent-encoded.
    static func isReserved(_ byte: UInt8) -> Bool {
        reservedTable[Int(byte)]
    }

    /// The reserved characters as a table, indexed by byte.
    private static let reservedTable: [Bool] = {
        let reserved = Set(":/?#[]@!$&'()*+,;=".utf8)
        return (0..<256).map { reserved.contains(UInt8($0)) }
    }()

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
            do throws(PercentDecoding.Fault) {
                let name = try PercentDecoding.decode(parts[0], plusIsSpace: true)
                do throws(PercentDecoding.Fault) {
                    let value = parts.count == 2 ? try PercentDecoding.decode(parts[1], plusIsSpace: true) : ""
                    let reserved = parts.count == 2 && parts[1].contains(where: Self.isReserved)
                    pairs.append(Pair(name: name, value: value, hasUnescapedReserved: reserved))
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
}
