import MimicHTTPTypes

/// The fields of a `multipart/form-data` body (RFC 7578): each part's `name` from its `Content-Disposition`,
/// and its content as text (a file's bytes read as UTF-8, invalid sequences replaced). Bounded: at most
/// ``maximumParts`` parts; a body that is not well-formed multipart is a ``fault`` instead of fields.
struct MultipartForm: Sendable {
    /// Most parts read; a body with more is a fault.
    static let maximumParts = 1_000

    /// The fields, in body order.
    private(set) var fields: [QueryString.Pair] = []
    /// Why the body could not be read, if it could not.
    private(set) var fault: String?

    /// The fields of `body`, whose parts are separated by `boundary` (the `Content-Type` parameter).
    init(_ body: [UInt8], boundary: String?) {
        guard let boundary, !boundary.isEmpty else {
            fault = "the multipart/form-data Content-Type names no boundary"
            return
        }
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard var cursor = body.firstRange(of: delimiter)?.upperBound else {
            fault = "the body holds no part delimited by the boundary '\(boundary)'"
            return
        }
        while true {
            if body[cursor...].starts(with: Array("--".utf8)) { return }
            guard fields.count < Self.maximumParts else {
                fault = "the body holds more than \(Self.maximumParts) parts"
                return
            }
            guard body[cursor...].starts(with: Array("\r\n".utf8)),
                  let headerEnd = body[cursor...].firstRange(of: Array("\r\n\r\n".utf8)),
                  let end = body[headerEnd.upperBound...].firstRange(of: separator) else {
                fault = "part \(fields.count + 1) is not a header block and a content ended by the boundary '\(boundary)'"
                return
            }
            let headers = String(decoding: body[(cursor + 2)..<headerEnd.lowerBound], as: UTF8.self)
            guard let name = Self.fieldName(in: headers) else {
                fault = "part \(fields.count + 1) has no Content-Disposition: form-data with a name"
                return
            }
            let value = body[headerEnd.upperBound..<end.lowerBound]
            let reserved = value.contains(where: QueryString.isReserved)
            fields.append(QueryString.Pair(name: name, value: String(decoding: value, as: UTF8.self), hasUnescapedReserved: reserved))
            cursor = end.upperBound
        }
    }

    /// The `name` parameter of a part's `Content-Disposition: form-data` header.
    private static func fieldName(in headers: String) -> String? {
        for line in headers.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, HTTPHeaders.namesMatch(parts[0], "Content-Disposition") else { continue }
            let disposition = ParameterizedValue(parts[1])
            guard HTTPGrammar.lowercased(disposition.token) == "form-data", let name = disposition.parameter(named: "name"), !name.isEmpty else { continue }
            return name
        }
        return nil
    }
}
