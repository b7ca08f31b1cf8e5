import MimicHTTPTypes

/// What a client asks of the mock in Prism's `Prefer` header: `Prefer: code=404`, `Prefer: example=importBackup`,
/// `Prefer: dynamic=true`, and Mimic's `Prefer: delay=200ms` and `Prefer: fault=reset`, several at once separated
/// by commas or semicolons (`code=200, dynamic=true`).
///
/// Keys are case-insensitive, values may be quoted, and when a key is given twice the first one counts
/// (RFC 7240 §2). Unknown keys, a `code` outside 100…599, a `delay` that is not one and an unknown `fault`
/// are ignored.
struct PreferHeader: Sendable, Hashable {
    /// The status to answer with.
    var code: Int?
    /// The name of the example to answer with.
    var example: String?
    /// Whether to generate the body from the schema even when the contract gives an example (`true`), or to
    /// answer the example even when the server generates by default (`false`); nil when not said.
    var dynamic: Bool?
    /// How long to hold the answer (see ``DelayRange``).
    var delay: DelayRange?
    /// How to drop the connection instead of answering.
    var fault: HTTPFault?

    init(code: Int? = nil, example: String? = nil, dynamic: Bool? = nil, delay: DelayRange? = nil, fault: HTTPFault? = nil) {
        self.code = code
        self.example = example
        self.dynamic = dynamic
        self.delay = delay
        self.fault = fault
    }

    /// The preferences of every `Prefer` field of `headers`, in order.
    init(_ headers: HTTPHeaders) {
        var seen: [String] = []
        for field in headers.values(for: "Prefer") {
            for item in field.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = HTTPGrammar.lowercased(pair[0].trimmingASCIIWhitespace())
                guard !seen.contains(key) else { continue }
                seen.append(key)
                let value = pair.count == 2 ? pair[1].trimmingASCIIWhitespace().unquoted() : ""
                set(key, to: value)
            }
        }
    }

    /// The preferences of `headers`, then Prism's query parameters `__code`, `__example` and `__dynamic` of
    /// `query`, which win over `Prefer` (as in Prism).
    init(_ headers: HTTPHeaders, query: QueryString) {
        self.init(headers)
        for pair in query.pairs where Self.queryParameterNames.contains(pair.name) {
            set(String(pair.name.dropFirst(2)), to: pair.value)
        }
    }

    /// Prism's query parameters that choose a response; they are never reported as undeclared.
    static let queryParameterNames = ["__code", "__example", "__dynamic"]

    private mutating func set(_ key: String, to value: String) {
        switch key {
        // An informational status cannot be the answer (see ``ResponseSelection``).
        case "code": code = Int(value).flatMap { (200...599).contains($0) ? $0 : nil }
        case "example": example = value.isEmpty ? nil : value
        case "dynamic":
            let word = HTTPGrammar.lowercased(value)
            dynamic = ["true", "false"].contains(word) ? word == "true" : nil
        case "delay": delay = DelayRange(value)
        case "fault": fault = HTTPFault(rawValue: HTTPGrammar.lowercased(value))
        default: break
        }
    }
}
