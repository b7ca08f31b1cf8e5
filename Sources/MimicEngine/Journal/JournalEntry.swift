import MimicContracts
import MimicHTTPTypes
import MimicSchema

/// One request the mock answered: as the ``RequestJournal`` keeps it, and as `mimic serve` logs it (``line``).
public struct JournalEntry: Sendable {
    /// The request's place in the journal: 1 for the first request, counting on across ``RequestJournal/clear()``;
    /// 0 for a request the journal does not keep (an admin endpoint's).
    public var sequence: Int
    public var method: String
    /// The request target as sent (path and query).
    public var target: String
    public var status: Int
    /// The operation that answered; nil when none did (404, 405).
    public var operation: APIOperation? {
        get { answeredBy?.operation }
        set { answeredBy = newValue.map(AnsweringOperation.init) }
    }
    /// ``operation``, held by reference, so that copying an entry on its way to the journal and the log costs one
    /// reference, not one for each of the operation's fields.
    private(set) var answeredBy: AnsweringOperation?
    /// The `operationId` of ``operation``, read without copying the operation.
    package var operationId: String? {
        answeredBy?.operation.operationId
    }
    /// Every way the request broke its operation's contract; empty for a valid request.
    public var violations: [Violation]
    /// Every way the response broke the operation's contract (see ``MockResult/responseViolations``): Mimic's own
    /// (`--validate-responses`) or, through `mimic proxy`, the upstream server's; not the client's fault, so it does
    /// not make the request invalid.
    public var responseViolations: [Violation]
    /// How long the answer took, by the monotonic clock: for the log line only, never in the journal's JSON,
    /// which stays the same for the same requests.
    public var milliseconds: Double
    /// Why the HTTP layer refused the request before any operation saw it (the sentence it answered: a
    /// malformed request, one too slow to arrive, a body beyond a limit); nil for a request the mock answered.
    /// `method` and `target` are then what could be read, empty when nothing could.
    public var refusal: String?
    /// The failure answered on purpose instead of the contract's answer (`code=503`, `fault=reset`, `chaos
    /// code=503`; see ``MockResult/forced``); nil for a request answered as the contract says. A forced
    /// failure does not make a request invalid.
    public var forced: String?
    /// What else happened answering the request (see ``MockResult/note``); nil for most requests.
    public var note: String?
    /// The request's header fields, in order, with credentials redacted (see ``CredentialRedaction``); empty for
    /// a refused request.
    public var headers: HTTPHeaders
    /// The first ``keptBodySize`` bytes of the request's body.
    public var body: [UInt8]
    /// The size of the whole body, of which ``body`` may be only the start.
    public var bodySize: Int

    /// How many bytes of a request's body an entry keeps.
    public static let keptBodySize = 4_096

    public init(
        sequence: Int, method: String, target: String, status: Int, operation: APIOperation?, violations: [Violation],
        milliseconds: Double = 0, refusal: String? = nil, forced: String? = nil, headers: HTTPHeaders = [:],
        body: [UInt8] = [], bodySize: Int = 0, responseViolations: [Violation] = []
    ) {
        self.sequence = sequence
        self.method = method
        self.target = target
        self.status = status
        answeredBy = operation.map(AnsweringOperation.init)
        self.violations = violations
        self.responseViolations = responseViolations
        self.milliseconds = milliseconds
        self.refusal = refusal
        self.forced = forced
        self.headers = headers
        self.body = body
        self.bodySize = bodySize
    }

    /// Roughly how many bytes the entry holds: a fixed share, its texts, header fields, body and violations (each
    /// counted at ``violationWeight``); what the journal's bounds in bytes count.
    package var weight: Int {
        var bytes = Self.fixedWeight + method.utf8.count + target.utf8.count + body.count
        bytes += (refusal?.utf8.count ?? 0) + (forced?.utf8.count ?? 0) + (note?.utf8.count ?? 0)
        for field in headers { bytes += Self.fieldWeight + field.name.utf8.count + field.value.utf8.count }
        return bytes + (violations.count + responseViolations.count) * Self.violationWeight
    }

    /// What an entry weighs besides its texts: its fields and their storage.
    static let fixedWeight = 256
    /// What a header field weighs besides its name and value.
    static let fieldWeight = 32
    /// What a violation is counted as weighing: its location, code and a message of a sentence or two.
    static let violationWeight = 256

    /// Whether the request broke its contract, or HTTP itself.
    public var isInvalid: Bool {
        !violations.isEmpty || refusal != nil
    }
}

extension JournalEntry: CustomStringConvertible {
    /// `GET /api/backups?status=BOGUS → 422: query status: "BOGUS" is not one of SUCCESS, FAILED; …`: the
    /// request, its status and why it was invalid (each violation, or the refusal), in one line; what a failed
    /// expectation on the journal prints.
    public var description: String {
        let request = "\(method.isEmpty ? "-" : method) \(target.isEmpty ? "-" : target) → \(status)"
        if let refusal { return request + ": refused: " + refusal }
        let described = violations.isEmpty ? request : request + ": " + violations.map(\.description).joined(separator: "; ")
        guard !responseViolations.isEmpty else { return described }
        return described + "; the response: " + responseViolations.map(\.description).joined(separator: "; ")
    }
}
