import MimicEngine
import MimicHTTPTypes

/// A finished answer kept by a ``ResponseCache``: what the engine answered, its response serialized once, and the
/// journal entry it made (not yet numbered nor timed), so that answering the same request again costs counting it,
/// journaling the entry and writing the bytes.
final class CachedAnswer: Sendable {
    let result: MockResult
    let entry: JournalEntry

    init(result: MockResult, entry: JournalEntry) {
        self.result = result
        self.entry = entry
    }

    /// Roughly how many bytes the answer holds beside its key: the response's header fields, body and serialized
    /// head, and the entry's weight (which counts the request's fields and body again, as their storage may not
    /// be shared).
    var weight: Int {
        let response = result.response
        let held = response.body.count + (response.serializedOnce?.headWeight ?? 0) + entry.weight
        return response.headers.reduce(held) { $0 + $1.name.utf8.count + $1.value.utf8.count }
    }
}
