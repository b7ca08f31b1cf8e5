import MimicYAML

extension JSONValue {
    /// The value of a JSON text (RFC 8259): any value at the top level, surrounded by optional whitespace.
    ///
    /// - Throws: the ``JSONTextError`` of the first fault, with its byte offset, line and column; its kind is
    ///   ``JSONTextError/Kind/tooDeep(maximumDepth:)`` for arrays and objects nested more than ``YAML/maxDepth`` levels.
    public init(parsingJSONText bytes: [UInt8]) throws(JSONTextError) {
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            do throws(YAMLError) {
                self = try YAML.parseJSON(bytes).jsonValue
            } catch {
                throw JSONTextError(error)
            }
            return
        }
        // A scalar is read as the only element of an array, so that the JSON parser (not YAML's) reads it.
        let wrapped: JSONValue
        do throws(YAMLError) {
            wrapped = try YAML.parseJSON([UInt8(ascii: "[")] + bytes + [UInt8(ascii: "]")]).jsonValue
        } catch {
            var location = error.location
            location.offset = max(0, location.offset - 1)
            if location.line == 1 { location.column = max(1, location.column - 1) }
            throw JSONTextError(YAMLError(code: error.code, message: error.message, location: location))
        }
        guard case .array(let elements) = wrapped, elements.count == 1 else {
            throw JSONTextError(kind: .syntax, message: "expected one JSON value", offset: 0, line: 1, column: 1)
        }
        self = elements[0]
    }
}
