import MimicContracts
import MimicSchema

/// One level of the router's tree: what follows a path prefix.
struct RouteNode: Sendable {
    private var literals: [String: RouteNode] = [:]
    /// Segments mixing text and parameters (`{name}.json`), tried after literals, in declared order.
    private var patterns: [(parts: [PathTemplate.PatternPart], node: RouteNode)] = []
    private var parameter: [RouteNode] = []
    /// Operation index per method for a path ending here.
    private(set) var methods: [String: Int] = [:]
    /// The methods of ``methods`` in declared order (for `Allow`).
    private(set) var methodOrder: [String] = []

    mutating func insert(_ segments: ArraySlice<PathTemplate.Segment>, method: String, index: Int) {
        guard let first = segments.first else {
            if methods[method] == nil {
                methods[method] = index
                methodOrder.append(method)
            }
            return
        }
        let rest = segments.dropFirst()
        switch first {
        case .literal(let text):
            literals[text, default: RouteNode()].insert(rest, method: method, index: index)
        case .parameter:
            if parameter.isEmpty { parameter = [RouteNode()] }
            parameter[0].insert(rest, method: method, index: index)
        case .pattern(let parts):
            if let position = patterns.firstIndex(where: { $0.parts.map(Self.shape) == parts.map(Self.shape) }) {
                patterns[position].node.insert(rest, method: method, index: index)
            } else {
                var node = RouteNode()
                node.insert(rest, method: method, index: index)
                patterns.append((parts, node))
            }
        }
    }

    /// A parameter value met on the way: percent-decoded, or as sent with the reason it could not be.
    typealias Capture = (value: String, fault: String?)

    /// The node at the end of `segments`, trying literal (as sent, then percent-decoded: `/test%20path` is the
    /// literal `/test path`), then pattern, then parameter branches, and the parameter values met on the way (in
    /// path order).
    func match(_ segments: ArraySlice<Substring>, capturing values: inout [Capture]) -> RouteNode? {
        guard let first = segments.first else { return methods.isEmpty ? nil : self }
        let rest = segments.dropFirst()
        if let literal = literals[String(first)], let found = literal.match(rest, capturing: &values) {
            return found
        }
        let decoded: Capture
        do throws(PercentDecoding.Fault) {
            // Without `%`, the segment decodes to itself (it is text already, so UTF-8).
            decoded = first.utf8.contains(UInt8(ascii: "%")) ? (try PercentDecoding.decode(Array(first.utf8)[...], plusIsSpace: false), nil) : (String(first), nil)
        } catch {
            decoded = (String(first), error.reason)
        }
        if decoded.fault == nil, decoded.value != first, let literal = literals[decoded.value],
            let found = literal.match(rest, capturing: &values) {
            return found
        }
        for pattern in patterns {
            guard let captured = Self.capture(decoded.value, parts: pattern.parts) else { continue }
            var attempt = values + captured.map { ($0, decoded.fault) }
            if let found = pattern.node.match(rest, capturing: &attempt) {
                values = attempt
                return found
            }
        }
        if let parameter = parameter.first {
            var attempt = values + [decoded]
            if let found = parameter.match(rest, capturing: &attempt) {
                values = attempt
                return found
            }
        }
        return nil
    }

    /// The parameter values of `segment` against a mixed pattern such as `{name}.{extension}`; nil when it does not fit.
    /// A parameter takes the shortest text up to the next literal part (the rest of the segment when last).
    private static func capture(_ segment: String, parts: [PathTemplate.PatternPart]) -> [String]? {
        var rest = Substring(segment)
        var values: [String] = []
        for (position, part) in parts.enumerated() {
            switch part {
            case .literal(let text):
                guard rest.hasPrefix(text) else { return nil }
                rest = rest.dropFirst(text.count)
            case .parameter:
                if position + 1 < parts.count, case .literal(let next) = parts[position + 1] {
                    guard let end = rest.firstRange(of: next) else { return nil }
                    values.append(String(rest[..<end.lowerBound]))
                    rest = rest[end.lowerBound...]
                } else {
                    values.append(String(rest))
                    rest = ""
                }
                if values.last!.isEmpty { return nil }
            }
        }
        return rest.isEmpty ? values : nil
    }

    private static func shape(_ part: PathTemplate.PatternPart) -> String {
        switch part {
        case .literal(let text): text
        case .parameter: "{}"
        }
    }
}
