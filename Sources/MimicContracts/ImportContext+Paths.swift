import Foundation
import MimicYAML

/// A path of a `paths` object that Mimic serves: its key, the path item (resolved, with the context of its file) and
/// the operations it declares.
struct DeclaredPath {
    /// The path as written (`/pets/{id}`).
    let text: String
    let key: YAMLNode
    let item: YAMLNode
    let itemContext: ImportContext
    /// The operations: each method key in lower case (`get`, as `HTTPMethods.pathItemKeys` lists it) and its node.
    let operations: [(method: String, node: YAMLNode)]
}

extension ImportContext {
    /// The keys of an OpenAPI path item that are not operations.
    private static let pathItemFields: Set<String> = ["$ref", "summary", "description", "servers", "parameters"]

    /// The paths of a Swagger 2.0 or OpenAPI 3 `paths` object that Mimic serves, in document order, and a warning
    /// naming each operation it does not serve: under a path key that does not start with `/`
    /// (`import.path-without-slash`), or under a key of a path item that is no HTTP method Mimic knows
    /// (`import.unknown-method`, suggesting the method meant). A path with white space is served as written, with a
    /// warning saying how a request reaches it (`import.path-white-space`); two paths that are one route to the
    /// router (`/x` and `/x/`, `/a/{id}` and `/a/{name}`) are a warning too (`import.same-route`), their operations
    /// merged as those of several files are.
    func declaredPaths(_ paths: YAMLNode?) -> [DeclaredPath] {
        var declared: [DeclaredPath] = []
        var routes: [String: YAMLNode] = [:]
        for pair in paths?.mapping ?? [] {
            guard let path = pair.key.string else {
                warn("import.path-without-slash", "a path key must be a string that starts with '/'; this path item is not served", at: pair.key)
                continue
            }
            if path.hasPrefix("x-") { continue }
            guard let (item, itemContext) = resolved(pair.value) else { continue }
            let keys = Self.operationKeys(of: item)
            guard path.hasPrefix("/") else {
                let trimmed = path.trimmingCharacters(in: .whitespacesAndNewlines)
                let reason = "a path must start with '/'" + (trimmed.hasPrefix("/") ? " (this one starts with white space)" : "")
                for (key, node) in keys {
                    let operation = HTTPMethods.pathItemKeys.contains(key) ? key.uppercased() + " " + Self.quoted(path)
                        : "\(Self.quoted(key)) under \(Self.quoted(path)), not an HTTP method either,"
                    itemContext.warn("import.path-without-slash", "\(operation) is not served: \(reason)", at: node)
                }
                continue
            }
            for (key, node) in keys where !HTTPMethods.pathItemKeys.contains(key) {
                let trimmed = key.trimmingCharacters(in: .whitespacesAndNewlines)
                let hint = EditDistance.suggestion(for: trimmed, among: HTTPMethods.pathItemKeys).map { "; did you mean '\($0)'?" } ?? ""
                itemContext.warn(
                    "import.unknown-method",
                    "\(Self.quoted(key)) under \(Self.quoted(path)) is not an HTTP method (\(HTTPMethods.pathItemKeys.joined(separator: ", "))) nor a field of a path item; it is not served\(hint)",
                    at: node)
            }
            let methods = HTTPMethods.pathItemKeys.compactMap { method in item[method].map { (method, $0) } }
            if Self.holdsWhiteSpace(path) {
                let encoded = path.unicodeScalars.map { $0.properties.isWhitespace ? Self.percentEncoded($0) : String($0) }.joined()
                warn("import.path-white-space", "path \(Self.quoted(path)) holds white space; it is served as written, so only a request that percent-encodes it ('\(encoded)') reaches it", at: pair.key)
            }
            let shape = PathTemplate(path).shape
            if let first = routes[shape] {
                session.diagnostics.append(.warning(
                    "import.same-route",
                    "path '\(path)' is the same route as '\(first.string ?? "")': Mimic ignores a trailing '/', repeated '/' and the names of path parameters, so a method both declare is one operation",
                    at: source(pair.key), notes: [.note("'\(first.string ?? "")' is declared here", at: source(first))]))
            } else {
                routes[shape] = pair.key
            }
            declared.append(DeclaredPath(text: path, key: pair.key, item: item, itemContext: itemContext, operations: methods))
        }
        return declared
    }

    /// Whether `path` holds a white-space character; an ASCII path is read byte by byte (tab to carriage return,
    /// and space: the ASCII white space of Unicode), without breaking it into Characters.
    private static func holdsWhiteSpace(_ path: String) -> Bool {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return path.contains(where: \.isWhitespace) }
        return path.utf8.contains { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }
    }

    /// The keys of a path item that declare operations, or mean to: every key but its fields and `x-` extensions,
    /// in document order, with the key's node.
    private static func operationKeys(of item: YAMLNode) -> [(key: String, node: YAMLNode)] {
        (item.mapping ?? []).compactMap { pair in
            guard let key = pair.key.string, !key.hasPrefix("x-"), !pathItemFields.contains(key) else { return nil }
            return (key, pair.key)
        }
    }

    /// `text` in single quotes, its line breaks and tabs written as escapes so that the message stays on one line.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t") + "'"
    }

    /// A white-space scalar as a request path spells it (`%20`).
    private static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
    }
}
