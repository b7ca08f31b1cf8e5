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
    /// input is read by a dedicated JSON parser and must be exactly one JSON value: a JSON error is
    /// reported as such (`json.*` codes), without retrying as YAML.
    ///
    /// - Throws: ``YAMLError`` naming what was expected and found, and where.
    public static func parseStream(_ bytes: [UInt8]) throws(YAMLError) -> [YAMLNode] {
        try bytes.withUnsafeBufferPointer { (buf) throws(YAMLError) -> [YAMLNode] in
            if let start = jsonStart(buf) {
                try YAMLInputValidator.validate(buf, printableOnly: false)
                var parser = JSONParser(buf, start: start, maxDepth: maxDepth)
                return [try parser.parseDocument()]
            }
            return try parseYAMLStream(buf)
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
