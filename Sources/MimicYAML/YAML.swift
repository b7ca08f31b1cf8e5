/// Entry points for reading YAML 1.2 (and JSON) streams into ``YAMLNode`` trees.
public enum YAML {
    /// Deepest nesting of collections accepted; deeper input fails with `yaml.too-deep`.
    public static let maxDepth = 512
    /// Most nodes that aliases may expand to in one stream; more fails with `yaml.alias-limit`.
    public static let maxAliasExpansion = 1_000_000

    /// Parses every document of a stream. An empty document (such as the one after a trailing bare
    /// `---`) is a null scalar node; a stream of only comments has no documents.
    ///
    /// When the first non-whitespace byte (after an optional UTF-8 byte order mark) is `{` or `[`, the
    /// input is read by a dedicated JSON parser. Input that is not strict JSON but is YAML (JSON with trailing
    /// commas or comments is YAML flow syntax, which Prism loads too) is then read as YAML; when it is neither,
    /// the JSON error is reported (`json.*` codes), which locates a JSON document's fault best.
    ///
    /// - Throws: ``YAMLError`` naming what was expected and found, and where.
    public static func parseStream(_ bytes: [UInt8]) throws(YAMLError) -> [YAMLNode] {
        try bytes.withUnsafeBufferPointer { (buf) throws(YAMLError) -> [YAMLNode] in
            if let start = jsonStart(buf) {
                try YAMLInputValidator.validate(buf, printableOnly: false)
                var parser = JSONParser(buf, start: start, maxDepth: maxDepth)
                do throws(YAMLError) {
                    return [try parser.parseDocument()]
                } catch {
                    guard error.code.hasPrefix("json."), let stream = try? parseYAMLStream(buf) else { throw error }
                    return stream
                }
            }
            return try parseYAMLStream(buf)
        }
    }

    /// Parses `bytes` as exactly one JSON text whose value is an object or an array (RFC 8259), never as YAML:
    /// for request bodies, where JSON with trailing commas is malformed.
    ///
    /// - Throws: ``YAMLError`` with a `json.*` code (or `yaml.too-deep`, or `yaml.invalid-*` for bytes that are
    ///   not UTF-8) naming what was expected and found, and where.
    public static func parseJSON(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode {
        try bytes.withUnsafeBufferPointer { (buf) throws(YAMLError) -> YAMLNode in
            try YAMLInputValidator.validate(buf, printableOnly: false)
            var parser = JSONParser(buf, start: jsonStart(buf) ?? 0, maxDepth: maxDepth)
            return try parser.parseDocument()
        }
    }

    /// Parses a stream and returns its first non-empty document (one that is not a null scalar),
    /// or nil when there is none. Later empty documents, such as the one after a trailing bare `---`
    /// in many Swagger files, are ignored; the whole stream must still be well-formed.
    ///
    /// - Throws: ``YAMLError`` as ``parseStream(_:)`` does.
    public static func parseFirstDocument(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
        try parseStream(bytes).first { !$0.isNull }
    }

    /// Parses bytes as YAML, never sniffing JSON (JSON is valid YAML 1.2 anyway, only slower).
    static func parseYAMLStream(_ buf: UnsafeBufferPointer<UInt8>) throws(YAMLError) -> [YAMLNode] {
        try YAMLInputValidator.validate(buf, printableOnly: true)
        var composer = YAMLComposer(buf, maxDepth: maxDepth, maxAliasExpansion: maxAliasExpansion)
        return try composer.composeStream()
    }

    /// The offset of the opening `{` or `[` when the input looks like JSON, nil otherwise.
    private static func jsonStart(_ buf: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF ? 3 : 0
        while i < buf.count, buf[i] == 0x20 || buf[i] == 0x09 || buf[i] == 0x0A || buf[i] == 0x0D { i += 1 }
        guard i < buf.count, buf[i] == UInt8(ascii: "{") || buf[i] == UInt8(ascii: "[") else { return nil }
        return buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF ? 3 : 0
    }
}
