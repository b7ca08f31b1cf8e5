// TEMPORARY accessors until the parser branch lands.
extension YAMLNode {
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.last { $0.key.scalar?.text == key }?.value
    }
    public var scalar: YAMLScalar? { if case .scalar(let s) = content { s } else { nil } }
    public var string: String? { scalar.flatMap { $0.kind == .null ? nil : $0.text } }
    public var bool: Bool? { scalar.flatMap { $0.kind == .bool ? $0.text.lowercased() == "true" : nil } }
    public var integer: Int? { scalar.flatMap { $0.kind == .integer ? Int($0.text) : nil } }
    public var double: Double? { scalar.flatMap { $0.kind == .integer || $0.kind == .float ? Double($0.text) : nil } }
    public var isNull: Bool { scalar?.kind == .null }
    public var sequence: [YAMLNode]? { if case .sequence(let s) = content { s } else { nil } }
    public var mapping: [YAMLPair]? { if case .mapping(let s) = content { s } else { nil } }
}
public enum YAML {
    public static func parseFirstDocument(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? { nil }
}
public enum YAMLJSONWriter { public static func render(_ n: YAMLNode, pretty: Bool) -> String { "" } }
