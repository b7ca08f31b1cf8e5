/// FNV-1a, 64 bits: a hash that is the same in every process and on every machine, unlike Swift's
/// `Hasher`, which is seeded randomly per process.
package struct StableHash {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    private static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// A byte that never occurs in UTF-8, so that `("ab", "c")` and `("a", "bc")` hash differently.
    private static let separator: UInt8 = 0xFF

    package init() {}

    /// Feeds the eight bytes of `number`, least significant first.
    package mutating func combine(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            combine(byte: UInt8(truncatingIfNeeded: number >> UInt64(shift)))
        }
    }

    /// Feeds the UTF-8 of `text`, then a separator, read in place (copied once only for a string not stored as UTF-8).
    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: $0) }
    }

    /// Feeds `bytes`, then a separator, read in place when they are contiguous.
    package mutating func combine(bytes: some Sequence<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ combine(contiguous: $0) }) == nil {
            for byte in bytes {
                combine(byte: byte)
            }
        }
        combine(byte: Self.separator)
    }

    /// Feeds `bytes`, no separator.
    private mutating func combine(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        var value = value
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* Self.prime
        }
        self.value = value
    }

    private mutating func combine(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }
}
