/// The newest elements appended, oldest first, within two bounds: at most `capacity` of them, and at most
/// `byteCapacity` bytes by the weight each was appended with (the newest is kept whatever it weighs). Appending
/// drops the oldest elements until both bounds hold.
struct RingBuffer<Element> {
    let capacity: Int
    let byteCapacity: Int
    /// The elements with their weights; `nil` in the slots not in use.
    private var storage: [(element: Element, weight: Int)?]
    /// Where the oldest element is.
    private var start = 0
    private(set) var count = 0
    /// The sum of the weights of the elements kept.
    private(set) var bytes = 0

    /// An empty buffer keeping at most `capacity` elements (at least one) and `byteCapacity` bytes.
    init(capacity: Int, byteCapacity: Int = .max) {
        precondition(capacity > 0, "a ring buffer holds at least one element")
        self.capacity = capacity
        self.byteCapacity = byteCapacity
        storage = []
    }

    /// Appends `element`, weighing `weight` bytes, after dropping the oldest elements it leaves no room for.
    mutating func append(_ element: Element, weight: Int = 0) {
        while count > 0, count == capacity || bytes + weight > byteCapacity {
            removeOldest()
        }
        let slot = (start + count) % capacity
        if slot == storage.count {
            storage.append((element, weight))
        } else {
            storage[slot] = (element, weight)
        }
        count += 1
        bytes += weight
    }

    mutating func removeAll() {
        storage.removeAll()
        start = 0
        count = 0
        bytes = 0
    }

    /// The elements, oldest first.
    var elements: [Element] {
        (0..<count).map { storage[(start + $0) % capacity]!.element }
    }

    private mutating func removeOldest() {
        bytes -= storage[start]!.weight
        storage[start] = nil
        start = (start + 1) % capacity
        count -= 1
    }
}

extension RingBuffer: Sendable where Element: Sendable {}
