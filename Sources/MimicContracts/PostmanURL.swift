import Foundation
import MimicYAML

/// A Postman request URL reduced to what a contract needs: the path with scheme and host stripped,
/// Postman's variables (`:name`, `{{name}}`) turned into template parameters, and the query
/// parameters it lists.
struct PostmanURL {
    /// The path, under the path part of the host variable's value when the host is `{{baseUrl}}`-like.
    var path: PathTemplate
    /// Each query parameter's name (percent-decoded when it comes from a raw URL) and the node that
    /// declares it: a `query` entry, or the raw URL text.
    var query: [(name: String, node: YAMLNode)]
    /// The `variable` entries of an object URL, which describe its path variables.
    var variables: [YAMLNode]

    /// Reads a URL given as a string or as an object with `raw`, `host` or `path` (and `query`, `variable`);
    /// nil when it is neither. `hostVariables` are the collection's variables, which may hold the real
    /// host and a path prefix (`{{baseUrl}}` = `https://example.com/api`).
    init?(_ node: YAMLNode, hostVariables: [String: String]) {
        let rawNode = node.string == nil ? node["raw"] : node
        let raw = rawNode?.string.map(Self.split)
        let pathNode = node["path"]
        guard raw != nil || pathNode != nil || node["host"] != nil else { return nil }
        let host = node["host"].map { $0.string ?? ($0.sequence ?? []).compactMap(\.string).concatenated(separator: ".") }
            ?? raw.flatMap { $0.host.map(String.init) }
        let pathText = pathNode.map { Substring($0.string ?? ($0.sequence ?? []).compactMap { $0.string ?? $0["value"]?.string }.concatenated(separator: "/")) }
        var segments = Self.prefix(host: host, variables: hostVariables)
        segments += (pathText ?? raw?.path ?? "").split(separator: "/").map(Self.templated)
        path = PathTemplate("/" + segments.concatenated(separator: "/"))
        if let entries = node["query"]?.sequence {
            query = entries.compactMap { entry in entry["key"]?.string.flatMap { $0.isEmpty ? nil : ($0, entry) } }
        } else if let rawNode, let queryText = raw?.query {
            query = queryText.split(separator: "&").compactMap { pair in
                let name = pair.prefix { $0 != "=" }
                guard !name.isEmpty else { return nil }
                guard name.utf8.contains(UInt8(ascii: "%")) else { return (String(name), rawNode) }
                return (name.removingPercentEncoding ?? String(name), rawNode)
            }
        } else {
            query = []
        }
        variables = node["variable"]?.sequence ?? []
    }

    /// The host, path and query of a raw URL: the fragment and scheme dropped, the host being the
    /// first component unless the text starts with `/`.
    private static func split(_ raw: String) -> (host: Substring?, path: Substring, query: Substring?) {
        var rest = Substring(raw).prefix { $0 != "#" }
        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        }
        guard !rest.hasPrefix("/") else { return (nil, rest, query) }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        return (rest[..<slash], rest[slash...], query)
    }

    /// The path segments a host such as `{{baseUrl}}` brings when the collection gives it a value with a path.
    private static func prefix(host: String?, variables: [String: String]) -> [String] {
        guard let host, host.hasPrefix("{{"), host.hasSuffix("}}"), host.count > 4,
              let value = variables[String(host.dropFirst(2).dropLast(2))] else { return [] }
        return split(value).path.split(separator: "/").map(Self.templated)
    }

    /// A path segment in template spelling: `:name` and `{{name}}` become `{name}`.
    private static func templated(_ segment: Substring) -> String {
        if segment.hasPrefix(":"), segment.count > 1 {
            var name = "{"
            name.append(contentsOf: segment.dropFirst())
            name.append("}")
            return name
        }
        return collapsingDoubled("}", in: collapsingDoubled("{", in: String(segment)))
    }

    /// `text` with each `brace` doubled (read left to right, without overlap) written once: `{{a}}` → `{a}}` for `{`.
    /// Plain Swift rather than Foundation's `replacingOccurrences`, which goes through NSString and costs a start
    /// more in first-use runtime look-ups than all the segments it rewrites.
    private static func collapsingDoubled(_ brace: Character, in text: String) -> String {
        guard text.contains(brace) else { return text }
        var result = ""
        var pending = false
        for character in text {
            if character == brace {
                if pending { pending = false; continue }
                pending = true
            } else {
                pending = false
            }
            result.append(character)
        }
        return result
    }
}
