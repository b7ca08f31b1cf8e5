import MimicContracts

/// A value written as RFC 4180 CSV, for a `text/csv` response without an example: an array of objects is a header
/// row (every member name, in the order first met) then a row per object; an object is a header and one row; an
/// array of other values is a value per line; anything else is its text. A field that is an object or an array is
/// its JSON text; null is empty; a field holding a comma, a quote or a line break is quoted, quotes doubled.
/// Lines end with CRLF.
enum CSVBody {
    static func text(of value: JSONValue) -> String {
        switch value {
        case .array(let elements) where elements.contains(where: { if case .object = $0 { true } else { false } }):
            return table(elements.map { element in
                if case .object(let members) = element { members } else { [JSONMember("value", element)] }
            })
        case .array(let elements):
            return elements.map { line([$0]) }.joined()
        case .object(let members):
            return table([members])
        default:
            return field(value)
        }
    }

    /// A header of the names `rows` use, in the order first met, then each row's fields under it.
    private static func table(_ rows: [[JSONMember]]) -> String {
        var names: [String] = []
        var known: Set<String> = []
        for row in rows {
            for member in row where known.insert(member.key).inserted { names.append(member.key) }
        }
        let header = line(names.map(JSONValue.string))
        return rows.reduce(into: header) { text, row in
            text += line(names.map { name in row.first { $0.key == name }?.value ?? .null })
        }
    }

    private static func line(_ values: [JSONValue]) -> String {
        values.map(field).joined(separator: ",") + "\r\n"
    }

    private static func field(_ value: JSONValue) -> String {
        let text: String = switch value {
        case .null: ""
        case .object, .array: value.serialized()
        default: value.scalarText ?? value.serialized()
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
