import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// A routed request read once, for the validator and the responder alike: its path parameters, query,
/// cookies, `Prefer`, the media type of its body, and the body itself.
struct DecodedRequest: Sendable {
    /// A request body, read by its media type.
    enum Body: Sendable {
        /// No body.
        case none
        /// An `application/x-www-form-urlencoded` body.
        case urlEncodedForm(QueryString)
        /// A `multipart/form-data` body.
        case multipartForm(MultipartForm)
        /// A body of a JSON media type, or any other that opens with `{` or `[` (a client that sends JSON as
        /// `text/plain`, or with no `Content-Type`, still submits its fields): the value, or why it is not JSON.
        case json(Result<JSONValue, JSONTextError>)
        /// A body of an XML media type (`application/xml`, `text/xml`, `…+xml`): the elements, or why they are not
        /// XML Mimic reads (``XMLReader``).
        case xml(Result<XMLDocumentTree, XMLSyntaxError>)
        /// Any other body, not read.
        case unread
    }

    let request: HTTPRequest
    /// The path parameters, in template order.
    let pathParameters: [PathParameterValue]
    let query: QueryString
    /// The `name=value` pairs of every `Cookie` header, in order.
    let cookies: [QueryString.Pair]
    /// What the client asks of the mock in `Prefer` and in Prism's `__code`, `__example` and `__dynamic`.
    var preference: PreferHeader
    /// The body's media type, nil without `Content-Type`.
    let mediaType: MediaType?
    let body: Body

    init(_ request: HTTPRequest, pathParameters: [PathParameterValue]) {
        self.request = request
        self.pathParameters = pathParameters
        query = QueryString((request.query ?? "").utf8)
        cookies = Self.cookies(of: request.headers)
        preference = PreferHeader(request.headers, query: query)
        mediaType = request.headers["Content-Type"].map(MediaType.init)
        body = Self.body(request.body, as: mediaType)
    }

    /// The fields of a form body, in order; empty for other bodies.
    var formFields: [QueryString.Pair] {
        switch body {
        case .urlEncodedForm(let form): form.pairs
        case .multipartForm(let form): form.fields
        case .none, .json, .xml, .unread: []
        }
    }

    /// The value of path parameter `name`, percent-decoded.
    func pathParameter(_ name: String) -> String? {
        pathParameters.first { $0.name == name }?.value
    }

    /// `bytes` read as `mediaType` says.
    private static func body(_ bytes: [UInt8], as mediaType: MediaType?) -> Body {
        guard !bytes.isEmpty else { return .none }
        if mediaType?.isURLEncodedForm == true { return .urlEncodedForm(QueryString(bytes)) }
        if let mediaType, mediaType.isMultipartForm {
            return .multipartForm(MultipartForm(bytes, boundary: mediaType.parameter(named: "boundary")))
        }
        if mediaType?.isXML == true { return .xml(Result { () throws(XMLSyntaxError) in try XMLReader.read(bytes) }) }
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard mediaType?.isJSON == true || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return .unread }
        return .json(Result { () throws(JSONTextError) in try JSONValue(parsingJSONText: bytes) })
    }

    /// The `name=value` pairs of every `Cookie` header, in order.
    private static func cookies(of headers: HTTPHeaders) -> [QueryString.Pair] {
        headers.values(for: "Cookie").flatMap { $0.split(separator: ";") }.compactMap { crumb in
            let parts = crumb.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].drop { $0 == " " }
            return name.isEmpty ? nil : QueryString.Pair(name: String(name), value: parts.count == 2 ? String(parts[1]) : "")
        }
    }
}
