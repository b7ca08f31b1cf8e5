import MimicYAML

extension JSONValue {
    /// The value of a JSON text whose top level is an object or an array (a request body, say); nil when
    /// `bytes` hold anything else or are not well-formed JSON.
    public init?(parsingJSON bytes: [UInt8]) {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
              first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
              let node = try? YAML.parseFirstDocument(bytes) else { return nil }
        self = node.jsonValue
    }
}
