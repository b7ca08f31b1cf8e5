import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// Checks a response against the operation it answers, the mirror of the request validator, without sockets:
/// the status is declared (exactly, by its range such as `4XX`, or by `default`); a body's `Content-Type` is one
/// the response declares; the headers it declares required are present, and every declared header present is
/// of its declared type; a JSON body parses and matches the declared schema (`writeOnly` properties must not
/// appear, `readOnly` ones may). It reports every violation, not the first, in that order, with the locations
/// `response.status`, `response.header` (its name) and `response.body` (a JSON pointer).
///
/// An XML body is read as a request's is (``XMLReader``, the schema's `xml` annotations) and checked likewise.
/// Not checked: a body of another media type (text, binary) is checked for its `Content-Type` only; a response
/// whose declaration gives no content (no media type at all) may carry any body.
///
/// Used by `--validate-responses` (Mimic checking its own answers), `--errors` (a body that breaks its schema),
/// `mimic proxy` and `mimic verify` (a real provider's answers).
public struct ResponseValidator: Sendable {
    let schemas: SchemaRegistry
    let schemaValidator: SchemaValidator
    /// Checks the values of declared headers, as a request's header parameters are checked.
    let parameters: RequestValidator

    /// A validator resolving the schemas of a contract set's operations through `schemas`.
    public init(schemas: SchemaRegistry) {
        self.schemas = schemas
        parameters = RequestValidator(schemas: schemas, strict: false)
        schemaValidator = parameters.schemaValidator
    }

    /// What `response` (its status, headers and body as received) breaks of `operation`'s declared responses; a
    /// body streamed on (``HTTPResponse/bodyStream``) is checked for its `Content-Type` only.
    public func check(_ response: HTTPResponse, of operation: APIOperation) -> ResponseReport {
        check(status: response.status, headers: response.headers, body: response.body, of: operation, bodyIsWhole: response.bodyStream == nil)
    }

    /// What a response with `status`, `headers` and `body` (the bytes received, decoded of any transfer coding;
    /// empty for a `HEAD` answer) breaks of `operation`'s declared responses. An operation that declares no
    /// response at all accepts any. A body that is only the start of one (`bodyIsWhole` false) is checked for its
    /// `Content-Type` only.
    public func check(status: Int, headers: HTTPHeaders, body: [UInt8], of operation: APIOperation, bodyIsWhole: Bool = true) -> ResponseReport {
        guard !operation.responses.isEmpty else { return ResponseReport() }
        guard let declared = ResponseSelection(for: operation, preferring: status)?.response else {
            let codes = operation.responses.map(\.status.description).joined(separator: ", ")
            return ResponseReport(violations: [Violation(
                location: .responseStatus, name: "", code: .status,
                message: "\(operation.method) \(operation.path) declares no \(status) response; it declares \(codes)")])
        }
        let found = headerViolations(headers, of: declared)
        let content = contentViolations(headers: headers, body: body, of: declared, operation: operation, bodyIsWhole: bodyIsWhole)
        return ResponseReport(violations: found + content.found, omitted: content.omitted)
    }
}
