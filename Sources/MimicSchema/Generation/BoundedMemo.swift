import Synchronization

/// Values worked out once per key and shared between threads, at most ``capacity`` of them: when that many are
/// kept, the memo starts over, so what requests put in it (names they submit) never grows it past its bound.
/// A key longer than ``longestKey`` UTF-8 bytes is worked out every time, never kept.
///
/// What is kept depends on its key alone, so a memo changes no value, only how often it is worked out.
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// How many values are kept at most.
    let capacity: Int
    /// The longest key kept, in UTF-8 bytes (as `keyLength` measures it).
    let longestKey: Int
    private let keyLength: @Sendable (Key) -> Int
    private let entries = Mutex<[Key: Value]>([:])

    /// A memo keeping at most `capacity` values, of keys at most `longestKey` long as `keyLength` measures them.
    init(capacity: Int, longestKey: Int = .max, keyLength: @escaping @Sendable (Key) -> Int = { _ in 0 }) {
        self.capacity = capacity
        self.longestKey = longestKey
        self.keyLength = keyLength
    }

    /// The value kept for `key`, else `make(key)`, kept from now on (when the key is short enough).
    func value(for key: Key, making make: (Key) -> Value) -> Value {
        if let known = entries.withLock({ $0[key] }) { return known }
        let value = make(key)
        guard keyLength(key) <= longestKey else { return value }
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }

    /// How many values are kept.
    var count: Int {
        entries.withLock { $0.count }
    }
}
