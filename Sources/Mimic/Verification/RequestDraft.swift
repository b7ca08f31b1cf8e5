import Foundation
import MimicContracts
import MimicHTTPTypes

/// A request for one operation before it is written: each parameter with its value (nil: left out), the body,
/// and the fields added last. ``ContractRequestBuilder`` fills it; a negative request changes one thing in it.
struct RequestDraft: Sendable {
    /// A body before it is written.
    enum Body: Sendable {
        /// A JSON value, sent as `mediaType`.
        case json(JSONValue, mediaType: String)
        /// The form fields of ``RequestDraft/parameters`` (`formData`), url-encoded or as `multipart/form-data`.
        case form(multipart: Bool)
        /// Bytes as they are (an example's text, or a sample of another media type).
        case raw([UInt8], mediaType: String)
    }

    var method: String
    var path: PathTemplate
    var parameters: [(parameter: Parameter, value: JSONValue?)]
    var body: Body?
    /// Fields set last, replacing any the parameters gave of the same name (`--header`, credentials).
    var fields: HTTPHeaders
    /// Query pairs added after the parameters' (an API key in the query), already encoded.
    var extraQuery: [String]

    /// The boundary of a multipart body: fixed, so the bytes are the same on every run.
    static let boundary = "mimic-verify-boundary"

    /// The request as it goes on the wire.
    var request: HTTPRequest {
        var target = ""
        for segment in path.segments {
            target += "/"
            switch segment {
            case .literal(let text): target += ParameterSpelling.pathLiteral(text)
            case .parameter(let name): target += pathText(name)
            case .pattern(let parts):
                for part in parts {
                    switch part {
                    case .literal(let text): target += ParameterSpelling.pathLiteral(text)
                    case .parameter(let name): target += pathText(name)
                    }
                }
            }
        }
        if path.segments.isEmpty { target = "/" }
        var query: [String] = []
        var headers = HTTPHeaders()
        var cookies: [String] = []
        for (parameter, value) in parameters {
            guard let value else { continue }
            switch parameter.location {
            case .query: query += ParameterSpelling.queryPairs(parameter, value)
            case .header: headers.add(parameter.name, ParameterSpelling.singleText(parameter, value))
            case .cookie: cookies.append(parameter.name + "=" + ParameterSpelling.singleText(parameter, value))
            case .path, .formData: break
            }
        }
        query += extraQuery
        if !query.isEmpty { target += "?" + query.joined(separator: "&") }
        if !cookies.isEmpty { headers.add("Cookie", cookies.joined(separator: "; ")) }
        let (bytes, contentType) = written(body)
        if let contentType { headers.set("Content-Type", contentType) }
        for field in fields { headers.set(field.name, field.value) }
        return HTTPRequest(method: method, target: target, headers: headers, body: bytes)
    }

    /// The path parameter `name`'s text, or the name itself when it has no value (so the path still routes).
    private func pathText(_ name: String) -> String {
        guard let entry = parameters.first(where: { $0.parameter.location == .path && $0.parameter.name == name }), let value = entry.value else {
            return name
        }
        return ParameterSpelling.singleText(entry.parameter, value)
    }

    /// The body's bytes and `Content-Type`.
    private func written(_ body: Body?) -> ([UInt8], String?) {
        switch body {
        case nil: return ([], nil)
        case .json(let value, let mediaType): return (Array(value.serialized().utf8), mediaType)
        case .raw(let bytes, let mediaType): return (bytes, mediaType)
        case .form(let multipart):
            let fields = parameters.compactMap { entry in
                entry.parameter.location == .formData ? entry.value.map { (entry.parameter, $0) } : nil
            }
            guard multipart else {
                let pairs = fields.flatMap { ParameterSpelling.queryPairs($0.0, $0.1) }
                return (Array(pairs.joined(separator: "&").utf8), "application/x-www-form-urlencoded")
            }
            var text = ""
            for (parameter, value) in fields {
                let isFile = parameter.schema.format == "binary"
                text += "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(parameter.name)\""
                text += isFile ? "; filename=\"\(parameter.name).txt\"\r\nContent-Type: text/plain\r\n\r\n" : "\r\n\r\n"
                text += ParameterSpelling.text(value) + "\r\n"
            }
            text += "--\(Self.boundary)--\r\n"
            return (Array(text.utf8), "multipart/form-data; boundary=\(Self.boundary)")
        }
    }
}
