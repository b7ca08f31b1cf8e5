import MimicHTTPTypes
import MimicYAML

extension PostmanImporter {
    /// The request body a `body` object describes (raw text, a file, a GraphQL query), or a `body` that is the
    /// raw text itself (as Prism reads it), and the media types the operation consumes; urlencoded and form-data
    /// fields become `formData` parameters instead, and their mode, not a `Content-Type` header, gives the media
    /// type. A `disabled` body is not sent, so declares none; a body of a mode Mimic cannot read is reported.
    func body(_ node: YAMLNode?, of item: YAMLNode, contentType: String?, parameters: inout [Parameter]) -> (RequestBody?, consumes: [String]) {
        guard let node, !node.isNull, node["disabled"]?.bool != true else { return (nil, []) }
        let content: MediaTypeContent
        if let text = node.string {
            guard !text.isEmpty else { return (nil, []) }
            content = rawContent(text, declared: contentType, language: nil, of: item, at: node)
            return (RequestBody(required: false, contents: [content], source: context.source(node)), [content.mediaType])
        }
        guard let mode = node["mode"]?.string else {
            if node.mapping?.isEmpty == false {
                context.warn("import.postman-unsupported-body", "the body of \(label(item)) has no 'mode' (raw, urlencoded, formdata, file or graphql); it is ignored", at: node)
            }
            return (nil, [])
        }
        switch mode {
        case "raw":
            guard let raw = node["raw"], let text = raw.string, !text.isEmpty else { return (nil, []) }
            content = rawContent(text, declared: contentType, language: node["options"]?["raw"]?["language"]?.string, of: item, at: raw)
        case "file":
            content = MediaTypeContent(mediaType: contentType ?? "application/octet-stream")
        case "graphql":
            content = MediaTypeContent(mediaType: contentType ?? "application/json")
        case "urlencoded", "formdata":
            let fields = node[mode]?.sequence ?? []
            for field in fields {
                guard let name = field["key"]?.string else { continue }
                let format = field["type"]?.string == "file" ? "binary" : nil
                add(parameter(name, .formData, declaredBy: field, schema: Schema(types: [.string], format: format)), to: &parameters)
            }
            guard !fields.isEmpty else { return (nil, []) }
            return (nil, [mode == "urlencoded" ? "application/x-www-form-urlencoded" : "multipart/form-data"])
        default:
            context.warn("import.postman-unsupported-body", "the body of \(label(item)) has mode '\(mode)', which Mimic cannot read (raw, urlencoded, formdata, file or graphql); it is ignored", at: node["mode"] ?? node)
            return (nil, [])
        }
        return (RequestBody(required: false, contents: [content], source: context.source(node)), [content.mediaType])
    }

    /// A raw request body as content (``content(_:declared:language:name:at:)``). A JSON one declares its shape
    /// too: the schema inferred from the saved text (``ExampleSchemaInference``), Postman variables that stand
    /// for a whole value (`{"id": {{id}}}`) read as `null`, that is, unchecked; a JSON body whose text is not
    /// JSON even so is reported, and then only required to be JSON.
    private func rawContent(_ text: String, declared: String?, language: String?, of item: YAMLNode, at node: YAMLNode) -> MediaTypeContent {
        var content = content(text, declared: declared, language: language, name: nil, at: node)
        guard MediaType(content.mediaType).isJSON else { return content }
        let value: JSONValue
        do {
            value = try YAML.parseJSON(Self.variablesAsNull(Array(text.utf8))).jsonValue
        } catch {
            let place = "line \(error.location.line), column \(error.location.column) of the body"
            context.warn("import.postman-invalid-json-body", "the \(content.mediaType) body of \(label(item)) is not JSON (at \(place): \(error.message)); requests are only checked for being JSON", at: node)
            content.schema = Schema()
            return content
        }
        content.examples[0].value = .json(value)
        content.schema = ExampleSchemaInference.schema(fitting: [value])
        content.isSchemaInferred = true
        return content
    }

    /// `bytes` of a JSON text with each Postman variable outside a string (`{{name}}`) replaced by `null`.
    /// One pass: once no `}}` is left after a `{{`, the rest is copied as it is.
    static func variablesAsNull(_ bytes: [UInt8]) -> [UInt8] {
        let (quote, backslash, open, close) = (UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"))
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var (index, inString, escaped, closersLeft) = (0, false, false, true)
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == backslash { escaped = true } else if byte == quote { inString = false }
            } else if byte == quote {
                inString = true
            } else if closersLeft, byte == open, index + 1 < bytes.count, bytes[index + 1] == open {
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
                if end + 1 < bytes.count {
                    result += Array("null".utf8)
                    index = end + 2
                    continue
                }
                closersLeft = false
            }
            result.append(byte)
            index += 1
        }
        return result
    }
}
