/// Values by key within two bounds, at most `capacity` of them and at most `byteCapacity` bytes by the weight
/// each was inserted with: inserting drops the least recently used values until both bounds hold. Which values
/// are dropped depends only on the order of the calls, never on hashing.
struct LeastRecentlyUsed<Key: Hashable, Value> {
    let capacity: Int
    let byteCapacity: Int
    /// The sum of the weights of the values kept.
    private(set) var bytes = 0

    /// One value and its key (both nil once dropped, and apart, so that reading the value copies no key), linked to
    /// the next older and newer ones (`-1` for none).
    private struct Node {
        var key: Key?
        var value: Value?
        var weight: Int
        var older: Int
        var newer: Int
    }

    private var nodes: [Node] = []
    private var slots: [Key: Int] = [:]
    /// Nodes no longer in use, to be used again.
    private var free: [Int] = []
    private var newest = -1
    private var oldest = -1

    /// An empty store keeping at most `capacity` values (at least one) and `byteCapacity` bytes.
    init(capacity: Int, byteCapacity: Int) {
        precondition(capacity > 0, "a store holds at least one value")
        self.capacity = capacity
        self.byteCapacity = byteCapacity
        slots.reserveCapacity(Swift.min(capacity, 4_096))
    }

    var count: Int {
        slots.count
    }

    /// The keys kept, least recently used first.
    var keys: [Key] {
        var keys: [Key] = []
        var node = oldest
        while node >= 0 {
            keys.append(nodes[node].key!)
            node = nodes[node].newer
        }
        return keys
    }

    /// The value for `key`, now the most recently used; nil when none is kept.
    mutating func value(for key: Key) -> Value? {
        guard let node = slots[key] else { return nil }
        unlink(node)
        link(node)
        return nodes[node].value
    }

    /// Keeps `value` for `key` (replacing any), weighing `weight` bytes, after dropping the least recently used
    /// values it leaves no room for; a value heavier than ``byteCapacity`` is not kept.
    mutating func insert(_ value: Value, for key: Key, weight: Int) {
        if let node = slots.removeValue(forKey: key) { remove(node) }
        guard weight <= byteCapacity else { return }
        while oldest >= 0, slots.count == capacity || bytes + weight > byteCapacity {
            let node = oldest
            slots.removeValue(forKey: nodes[node].key!)
            remove(node)
        }
        let entry = Node(key: key, value: value, weight: weight, older: -1, newer: -1)
        let node: Int
        if let reused = free.popLast() {
            node = reused
            nodes[node] = entry
        } else {
            node = nodes.count
            nodes.append(entry)
        }
        slots[key] = node
        bytes += weight
        link(node)
    }

    /// Unlinks `node` (already out of ``slots``) and frees it.
    private mutating func remove(_ node: Int) {
        unlink(node)
        bytes -= nodes[node].weight
        nodes[node].key = nil
        nodes[node].value = nil
        free.append(node)
    }

    private mutating func unlink(_ node: Int) {
        let (older, newer) = (nodes[node].older, nodes[node].newer)
        if older >= 0 { nodes[older].newer = newer } else { oldest = newer }
        if newer >= 0 { nodes[newer].older = older } else { newest = older }
    }

    /// Links `node` as the newest.
    private mutating func link(_ node: Int) {
        nodes[node].older = newest
        nodes[node].newer = -1
        if newest >= 0 { nodes[newest].newer = node } else { oldest = node }
        newest = node
    }
}
