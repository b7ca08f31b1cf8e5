/// The newest `capacity` elements appended, oldest first: appending to a full buffer overwrites the oldest.
struct RingBuffer<Element> {
    let capacity: Int
    private var storage: [Element] = []
    /// Where the oldest element is, once the buffer is full.
    private var start = 0

    /// An empty buffer keeping at most `capacity` elements (at least one).
    init(capacity: Int) {
        precondition(capacity > 0, "a ring buffer holds at least one element")
        self.capacity = capacity
    }

    var count: Int {
        storage.count
    }

    mutating func append(_ element: Element) {
        if storage.count < capacity {
            storage.append(element)
        } else {
            storage[start] = element
            start = (start + 1) % capacity
        }
    }

    mutating func removeAll() {
        storage.removeAll()
        start = 0
    }

    /// The elements, oldest first.
    var elements: [Element] {
        Array(storage[start...] + storage[..<start])
    }
}

extension RingBuffer: Sendable where Element: Sendable {}
