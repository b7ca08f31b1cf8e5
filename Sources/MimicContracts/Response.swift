/// A response an operation declares for one status (or range, or `default`).
public struct Response: Sendable {
    public var status: ResponseStatus
    public var description: String?
    public var headers: [ResponseHeader]
    /// One entry per media type; empty when the contract declares no body.
    public var contents: [MediaTypeContent]
    /// Answers of this status saved without a body (Postman saved responses whose body is empty or missing,
    /// whatever `Content-Type` they name), by name and with their headers; each one's value is the empty text.
    /// A response that has these and no ``contents`` is answered without a body, never with inferred data.
    public var examplesWithoutBody: [Example]
    public var source: SourceReference

    public init(
        status: ResponseStatus, description: String? = nil, headers: [ResponseHeader] = [],
        contents: [MediaTypeContent] = [], examplesWithoutBody: [Example] = [], source: SourceReference
    ) {
        self.status = status
        self.description = description
        self.headers = headers
        self.contents = contents
        self.examplesWithoutBody = examplesWithoutBody
        self.source = source
    }

    /// Whether the response declares an example called `name`, with a body or without.
    public func declaresExample(named name: String) -> Bool {
        examplesWithoutBody.contains { $0.name == name } || contents.contains { $0.examples.contains { $0.name == name } }
    }
}

/// A response's status key: a code, a class such as `2XX`, or `default`.
public enum ResponseStatus: Sendable, Hashable, CustomStringConvertible {
    case code(Int)
    case range(Int)
    case `default`

    /// Reads `200`, `2XX` or `default`; nil for anything else.
    public init?(_ text: String) {
        if text == "default" {
            self = .default
        } else if text.count == 3, let code = Int(text), (100...599).contains(code) {
            self = .code(code)
        } else if text.count == 3, text.uppercased().hasSuffix("XX"), let first = text.first?.wholeNumberValue, (1...5).contains(first) {
            self = .range(first)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .code(let code): String(code)
        case .range(let first): "\(first)XX"
        case .default: "default"
        }
    }

    /// Whether this is a success: a 2xx code or the `2XX` range.
    public var isSuccess: Bool {
        switch self {
        case .code(let code): (200...299).contains(code)
        case .range(let first): first == 2
        case .default: false
        }
    }
}

/// A header a response declares.
public struct ResponseHeader: Sendable {
    public var name: String
    public var schema: Schema
    public var description: String?
    /// Whether every such response must carry it (OpenAPI 3's `required`; false where the contract cannot say).
    public var required: Bool

    public init(name: String, schema: Schema, description: String? = nil, required: Bool = false) {
        self.name = name
        self.schema = schema
        self.description = description
        self.required = required
    }
}
