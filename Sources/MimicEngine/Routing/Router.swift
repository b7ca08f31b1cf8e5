import MimicContracts
import MimicHTTPTypes
import MimicSchema

/// Finds the compiled operation for a request's method and path. Built once from a contract set, then
/// immutable: a tree of path segments in which literal segments are tried before templated ones
/// (`/backups/grouped` beats `/backups/{guid}`).
public struct Router: Sendable {
    /// The operations routed to, compiled, in the contract set's order.
    public let routes: [CompiledOperation]
    private let root: RouteNode

    /// The router of `contracts`' operations, each compiled once.
    public init(contracts: ContractSet) {
        routes = CompiledOperation.compile(contracts)
        var root = RouteNode()
        for (index, route) in routes.enumerated() {
            root.insert(route.operation.path.segments[...], method: route.operation.method, index: index)
        }
        self.root = root
    }

    /// The route for `method` (upper case) and `path` (the request's path, still percent-encoded, without query).
    /// HEAD is answered by GET when the contract declares no HEAD.
    public func route(method: String, path: String) -> RouteMatch {
        let segments = Self.segments(of: path)
        var values: [RouteNode.Capture] = []
        guard let node = root.match(segments[...], capturing: &values) else {
            return .notFound(closest: closestOperation(to: segments.filter { !$0.isEmpty }))
        }
        guard let answering = HTTPMethodRules.method(answering: method, among: node.methodOrder), let index = node.methods[answering] else {
            let allowed = node.methodOrder
            return .methodNotAllowed(allowed: allowed, closest: routes[node.methods[allowed[0]]!])
        }
        let route = routes[index]
        return .matched(route, pathParameters: zip(route.pathParameterNames, values).map { PathParameterValue(name: $0, value: $1.value, fault: $1.fault) })
    }

    /// A path's segments after its leading `/`, a trailing `/` dropped. An empty segment inside the path (`//`) is
    /// kept, as Prism keeps it: it fills no literal, and a parameter it fills is empty (so missing).
    private static func segments(of path: String) -> [Substring] {
        var segments = path.utf8.split(separator: HTTPGrammar.slash, omittingEmptySubsequences: false).dropFirst()
        if segments.last?.isEmpty == true { segments = segments.dropLast() }
        return segments.map { Substring($0) }
    }

    /// The operation whose path looks most like `segments`: the most segments in common position, then the
    /// fewest segments apart; on a tie, the first declared.
    private func closestOperation(to segments: [Substring]) -> CompiledOperation? {
        var best: (route: CompiledOperation, shared: Int, apart: Int)?
        for route in routes {
            let template = route.operation.path.segments
            var shared = 0
            for (segment, part) in zip(segments, template) {
                switch part {
                case .literal(let text): if text == segment { shared += 1 }
                case .parameter, .pattern: shared += 1
                }
            }
            let apart = abs(template.count - segments.count)
            if best.map({ shared > $0.shared || (shared == $0.shared && apart < $0.apart) }) ?? true {
                best = (route, shared, apart)
            }
        }
        return best?.route
    }
}
