/// A URL path with templated segments, such as `/api/backups/{guid}`.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    /// One `/`-separated piece of a path.
    public enum Segment: Sendable, Hashable {
        case literal(String)
        /// A whole-segment parameter such as `{guid}`.
        case parameter(String)
        /// A segment mixing text and parameters, such as `{id}.json`.
        case pattern([PatternPart])
    }

    /// A piece of a mixed segment.
    public enum PatternPart: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    public var segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// Reads an OpenAPI path (`/a/{b}`); runs of slashes collapse and a trailing slash is dropped.
    public init(_ path: String) {
        segments = path.split(separator: "/", omittingEmptySubsequences: true).map { Self.segment(String($0)) }
    }

    private static func segment(_ text: String) -> Segment {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return .literal(text) }
        var parts: [PatternPart] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            parts.append(.parameter(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        if parts.count == 1, case .parameter(let name) = parts[0] { return .parameter(name) }
        return .pattern(parts)
    }

    /// This template under a base path such as `/api/3`.
    public func prefixed(by base: PathTemplate) -> PathTemplate {
        PathTemplate(segments: base.segments + segments)
    }

    /// The names of the template's parameters, in order.
    public var parameterNames: [String] {
        segments.flatMap { segment -> [String] in
            switch segment {
            case .literal: []
            case .parameter(let name): [name]
            case .pattern(let parts): parts.compactMap { if case .parameter(let name) = $0 { name } else { nil } }
            }
        }
    }

    /// The path with parameter names erased (`/a/{}`): two templates with the same shape match the same requests.
    public var shape: String {
        render { _ in "{}" }
    }

    public var description: String {
        render { "{\($0)}" }
    }

    /// Appended into one string as it goes: no text per segment, and no generic `joined()` whose first use at
    /// each start costs runtime type look-ups.
    private func render(parameter: (String) -> String) -> String {
        guard !segments.isEmpty else { return "/" }
        var result = ""
        for segment in segments {
            result.append("/")
            switch segment {
            case .literal(let text): result.append(text)
            case .parameter(let name): result.append(parameter(name))
            case .pattern(let parts):
                for part in parts {
                    switch part {
                    case .literal(let text): result.append(text)
                    case .parameter(let name): result.append(parameter(name))
                    }
                }
            }
        }
        return result
    }
}
