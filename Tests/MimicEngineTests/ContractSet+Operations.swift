import MimicContracts
import MimicHTTPTypes

/// Plausible requests for the operations of a contract set.
extension ContractSet {
    /// A plausible request for `operation`: path parameters filled (numbers for ids and integers, else a
    /// word), an `Authorization` header, and a value for every declared form field.
    func plausibleRequest(for operation: APIOperation) -> HTTPRequest {
        let path = operation.path.segments.map { segment -> String in
            switch segment {
            case .literal(let text): "/" + text
            case .parameter(let name): "/" + value(of: name, in: operation)
            case .pattern: "/unused"
            }
        }.joined()
        let form = operation.parameters.filter { $0.location == .formData }.map { $0.name + "=value" }.joined(separator: "&")
        var headers: HTTPHeaders = ["Authorization": "Bearer token"]
        if !form.isEmpty { headers.add("Content-Type", "application/x-www-form-urlencoded") }
        return HTTPRequest(method: operation.method, target: path, headers: headers, body: Array(form.utf8))
    }

    private func value(of name: String, in operation: APIOperation) -> String {
        let schema = schemas.resolve(operation.parameter(name, in: .path)?.schema ?? Schema())
        return name == "id" || name.hasSuffix("_id") || schema.primaryType == .integer ? "42" : "sample"
    }
}
