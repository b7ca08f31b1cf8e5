/// Renders a ``YAMLNode`` as JSON text, deterministically, the way `yaml_oracle.py --schema core`
/// prints values (except that keys keep their source order instead of being sorted):
///
/// - mapping keys become strings: `200` → `"200"`, null → `"null"`, `true` → `"true"`, `1.5` → `"1.5"`;
///   a collection used as a key is written as its compact JSON text;
/// - with duplicate keys the first position and the last value are kept;
/// - `.inf`, `-.inf` and `.nan` become the strings `"Infinity"`, `"-Infinity"` and `"NaN"`;
/// - integers are written in decimal, exactly (`0x1F` → `31`, big integers digit for digit);
///   floats keep a float spelling (`1.0`, `1000.0`, `1e+16`);
/// - strings are escaped per JSON, non-ASCII characters written as UTF-8.
public struct YAMLJSONWriter: Sendable {
    /// The layout of the output.
    public enum Style: Sendable {
        /// Indented by two spaces per level, one entry per line, `": "` after keys.
        case pretty
        /// On a single line without any spaces.
        case compact
    }

    /// The layout of the output.
    public var style: Style

    /// A writer with the given layout, pretty by default.
    public init(style: Style = .pretty) {
        self.style = style
    }

    /// The JSON text for `node`, without a trailing newline.
    public func write(_ node: YAMLNode) -> String {
        var out: [UInt8] = []
        write(node, into: &out, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(_ node: YAMLNode, into out: inout [UInt8], indent: Int) {
        switch node.content {
        case .scalar(let scalar):
            writeScalar(scalar, into: &out)
        case .sequence(let items):
            guard !items.isEmpty else {
                out += "[]".utf8
                return
            }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent + 1)
                write(item, into: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .mapping(let pairs):
            let (keys, values) = YAMLNode.uniqueMembers(of: pairs)
            guard !keys.isEmpty else {
                out += "{}".utf8
                return
            }
            out.append(UInt8(ascii: "{"))
            for index in keys.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent + 1)
                Self.writeString(keys[index], into: &out)
                out.append(UInt8(ascii: ":"))
                if style == .pretty { out.append(0x20) }
                write(values[index], into: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ out: inout [UInt8], _ indent: Int) {
        guard style == .pretty else { return }
        out.append(0x0A)
        out += repeatElement(0x20, count: indent * 2)
    }

    private func writeScalar(_ scalar: YAMLScalar, into out: inout [UInt8]) {
        if let literal = Self.literal(scalar) {
            out += literal.utf8
        } else {
            Self.writeString(scalar.text, into: &out)
        }
    }

    /// The JSON text of a null, bool, integer or float scalar; nil for strings and for scalars whose
    /// text does not fit their kind (possible only in hand-built nodes), which are written as strings.
    ///
    /// Finite floats get the shortest spelling that reads back as the same value, always with a `.`
    /// or an exponent; non-finite ones become the strings the oracle uses.
    static func literal(_ scalar: YAMLScalar) -> String? {
        switch scalar.kind {
        case .string:
            return nil
        case .null:
            return "null"
        case .bool:
            return YAMLCoreSchema.boolValue(scalar.text).map { $0 ? "true" : "false" }
        case .integer:
            return YAMLCoreSchema.isInteger(scalar.text) ? YAMLCoreSchema.decimalText(ofInteger: scalar.text) : nil
        case .float:
            guard let value = YAMLCoreSchema.doubleValue(scalar.text) else { return nil }
            if value.isNaN { return "\"NaN\"" }
            if value.isInfinite { return value > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
            return value.description
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0x08: out += "\\b".utf8
            case 0x0C: out += "\\f".utf8
            case ..<0x20:
                out += "\\u00".utf8
                out.append(hexDigits[Int(c >> 4)])
                out.append(hexDigits[Int(c & 0xF)])
            default: out.append(c)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
