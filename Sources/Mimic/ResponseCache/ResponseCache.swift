import MimicEngine
import MimicHTTP
import MimicHTTPTypes
import Synchronization

/// The finished answers of a stateless ``MockService``, by the request that decides them (``ResponseCacheKey``):
/// answering is a pure function of the request for a given contract set and seed, delays and chaos included (both
/// are picked from the request), so a request seen before is answered with the same bytes without being
/// routed, validated and generated again. Stateful and proxying services, admin endpoints and CORS preflights
/// never use it; a reload makes a new service, with a new cache.
///
/// Bounded by ``Limits``: the least recently used answers are dropped first. Safe to use from any thread; the
/// lock is held only to find or keep one answer.
public final class ResponseCache: Sendable {
    /// How much a cache keeps.
    public struct Limits: Sendable, Equatable {
        /// The most answers kept.
        public var entries: Int
        /// The most bytes kept, answers, their requests and journal entries counted.
        public var bytes: Int
        /// The largest request body whose answer is kept; requests with larger ones are answered afresh.
        public var requestBodyBytes: Int
        /// The largest response body kept; larger answers are generated afresh each time.
        public var responseBodyBytes: Int

        /// 1,024 answers within 8 MiB, for requests with bodies up to 8 KiB and responses up to 256 KiB.
        public init(entries: Int = 1_024, bytes: Int = 8 << 20, requestBodyBytes: Int = 8 << 10, responseBodyBytes: Int = 256 << 10) {
            self.entries = entries
            self.bytes = bytes
            self.requestBodyBytes = requestBodyBytes
            self.responseBodyBytes = responseBodyBytes
        }
    }

    public let limits: Limits
    private let answers: Mutex<LeastRecentlyUsed<ResponseCacheKey, CachedAnswer>>

    /// An empty cache within `limits` (at least one entry).
    public init(limits: Limits = Limits()) {
        self.limits = limits
        answers = Mutex(LeastRecentlyUsed(capacity: max(1, limits.entries), byteCapacity: limits.bytes))
    }

    /// The key of `request`; nil when its answer is not kept (a body beyond ``Limits/requestBodyBytes``).
    func key(for request: HTTPRequest) -> ResponseCacheKey? {
        request.body.count <= limits.requestBodyBytes ? ResponseCacheKey(request) : nil
    }

    /// The answer kept for `key`, if any.
    func answer(for key: ResponseCacheKey) -> CachedAnswer? {
        answers.withLock { $0.value(for: key) }
    }

    /// Keeps `result` and its journal `entry` for `key`, its response serialized once (see
    /// `HTTPResponse.serializeOnce(answering:)`) to be sent as it is each time, and returns the result as kept;
    /// returns `result` as it is, keeping nothing, when its body is beyond ``Limits/responseBodyBytes`` or
    /// streamed, or it notes something about this one request.
    func keep(_ result: MockResult, entry: JournalEntry, for key: ResponseCacheKey) -> MockResult {
        let response = result.response
        guard response.bodyStream == nil, response.body.count <= limits.responseBodyBytes, result.note == nil else { return result }
        var kept = result
        kept.response.serializeOnce(answering: key.method)
        let answer = CachedAnswer(result: kept, entry: entry)
        let weight = key.weight + answer.weight
        answers.withLock { $0.insert(answer, for: key, weight: weight) }
        return kept
    }

    /// How many answers are kept and the bytes they weigh.
    var usage: (entries: Int, bytes: Int) {
        answers.withLock { ($0.count, $0.bytes) }
    }
}
