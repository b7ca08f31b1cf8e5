import MimicContracts
import MimicSchema

/// What one routed request used of its operation, for coverage: which parameters it sent and which enumerated
/// values, laid out as the operation's ``CoveragePlan`` says.
struct RequestUsage: Sendable {
    /// The operation's position in the route table.
    let operation: Int
    /// Per parameter of the plan, whether the request sent it.
    let parameters: [Bool]
    /// Per enum slot of the plan, how many times the request gave that value.
    let enumSlots: [Int]

    /// What `request` used of `route`.
    init(_ request: DecodedRequest, route: CompiledOperation) {
        let plan = route.coverage
        operation = route.position
        var enumSlots = [Int](repeating: 0, count: plan.enumSlots)
        let given = plan.parameters.map { Self.texts(of: $0, in: request) }
        parameters = given.map { !$0.isEmpty }
        for target in plan.enums {
            switch target.source {
            case .parameter(let index):
                let rule = plan.parameters[index]
                let texts = if case .array = rule.shape {
                    ParameterDecoder.items(of: given[index], style: rule.parameter.style, explode: rule.parameter.explode)
                } else {
                    given[index]
                }
                for text in texts { target.count(text: text, in: &enumSlots) }
            case .body(let steps):
                if case .json(.success(let value)) = request.body { target.count(fieldsOf: value, at: steps[...], in: &enumSlots) }
            }
        }
        self.enumSlots = enumSlots
    }

    /// The texts `request` gives `rule`'s parameter, one per occurrence; empty when it does not send it.
    private static func texts(of rule: ParameterRule, in request: DecodedRequest) -> [String] {
        let name = rule.parameter.name
        switch rule.parameter.location {
        case .path: return request.pathParameter(name).map { [$0] } ?? []
        case .query: return request.query.pairs.compactMap { rule.claims($0.name) ? $0.value : nil }
        case .header: return request.request.headers.values(for: name)
        case .cookie: return request.cookies.compactMap { $0.name == name ? $0.value : nil }
        case .formData: return request.formFields.compactMap { rule.claims($0.name) ? $0.value : nil }
        }
    }
}
