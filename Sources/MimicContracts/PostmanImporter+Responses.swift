import MimicHTTPTypes
import MimicYAML

extension PostmanImporter {
    /// Saved header fields that are not served: those the server writes itself (`Date`, `Content-Length`,
    /// `Connection`, `Transfer-Encoding`, `Keep-Alive` and the other hop-by-hop fields), and `Content-Encoding`,
    /// since the saved body is the decoded text. `Access-Control-*` fields are left out too: CORS is answered
    /// by Mimic for the request's own origin.
    private static let unservedHeaders: Set<String> = [
        "date", "content-length", "connection", "transfer-encoding", "keep-alive", "upgrade", "trailer", "te",
        "proxy-connection", "content-encoding",
    ]

    /// One response per status of the saved responses, each saved body a named example of it with the
    /// headers saved with it; a saved response without a body an example without one. None when nothing is
    /// saved: the request then answers as an operation that declares no response, and, merged with requests
    /// that do save responses, takes theirs.
    func responses(_ list: YAMLNode?) -> [Response] {
        var responses: [Response] = []
        var names: Set<String> = []
        for saved in list?.sequence ?? [] {
            let name = saved["name"]?.string
            guard let status = saved["code"]?.integer.flatMap({ ResponseStatus(String($0)) }) else {
                context.warn("import.postman-invalid-response", "saved response '\(name ?? "?")' has no status code from 100 to 599; it is ignored", at: saved["code"] ?? saved)
                continue
            }
            if let name, !names.insert(name).inserted {
                context.warn(
                    "import.postman-duplicate-response-name",
                    "saved response '\(name)' has the name of an earlier saved response of this request; Prefer: example=\(name) reaches only one of them",
                    at: saved["name"] ?? saved)
            }
            let index = responses.firstIndex { $0.status == status } ?? responses.endIndex
            if index == responses.endIndex {
                responses.append(Response(status: status, description: saved["status"]?.string, source: context.source(saved)))
            }
            let headers = headers(saved["header"])
            guard let text = body(of: saved, named: name), !text.isEmpty else {
                let served = servedHeaders(headers, withBody: false, of: name)
                responses[index].examplesWithoutBody.append(Example(name: name, value: .text(""), source: context.source(saved), headers: served))
                continue
            }
            var content = content(
                text, declared: contentType(headers), language: saved["_postman_previewlanguage"]?.string, name: name, at: saved)
            content.examples[0].headers = servedHeaders(headers, withBody: true, of: name)
            if let known = responses[index].contents.firstIndex(where: { $0.mediaType == content.mediaType }) {
                responses[index].contents[known].examples += content.examples
            } else {
                responses[index].contents.append(content)
            }
        }
        return responses
    }

    /// The saved body text: `body`, else the `data` older exports keep it in; a `data` beside a different `body`,
    /// or one that is not text, is reported as ignored.
    private func body(of saved: YAMLNode, named name: String?) -> String? {
        let label = "saved response '\(name ?? "?")'"
        guard let data = saved["data"], !data.isNull else { return saved["body"]?.string }
        guard let text = data.string else {
            context.warn("import.postman-response-data-ignored", "\(label) has a 'data' that is not text; it is ignored", at: data)
            return saved["body"]?.string
        }
        guard let body = saved["body"]?.string else { return text }
        if !text.isEmpty, text != body {
            context.warn("import.postman-response-data-ignored", "\(label) has both 'body' and 'data'; Mimic serves 'body' and ignores 'data'", at: data)
        }
        return body
    }

    /// The saved headers as they are served: without those marked `disabled`, the ``unservedHeaders``, the
    /// `Access-Control-*` fields, and `Content-Type` where there is no body; a field HTTP cannot carry (a name
    /// that is not a token, a value with a control character) is reported and left out.
    private func servedHeaders(_ headers: [Header], withBody: Bool, of name: String?) -> HTTPHeaders {
        var served = HTTPHeaders()
        for header in headers where header.node["disabled"]?.bool != true {
            let lowered = header.name.lowercased()
            guard !Self.unservedHeaders.contains(lowered), !lowered.hasPrefix("access-control-"),
                  withBody || lowered != "content-type" else { continue }
            let value = header.value ?? ""
            guard !header.name.isEmpty, header.name.utf8.allSatisfy(HTTPGrammar.isToken), value.utf8.allSatisfy(HTTPGrammar.isFieldValue) else {
                context.warn("import.postman-invalid-header", "saved response '\(name ?? "?")' has a header HTTP cannot carry ('\(header.name)'); it is not served", at: header.node)
                continue
            }
            served.add(header.name, value)
        }
        return served
    }
}
