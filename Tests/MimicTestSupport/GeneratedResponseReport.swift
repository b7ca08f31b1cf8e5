import Foundation
import MimicContracts
import MimicSchema

/// What generating a body for every response schema of a contract set found: how many bodies, the largest,
/// and where a body is not valid JSON or breaks its own schema.
public struct GeneratedResponseReport: Sendable {
    /// The bodies generated.
    public var values = 0
    /// The size of the largest body, in bytes.
    public var largest = 0
    /// `operation status media type` of each body that is not valid JSON.
    public var unserializable: [String] = []
    /// Each way a body breaks its schema, after `operation status media type:`.
    public var violations: [String] = []

    /// An empty report, for adding others to.
    public init() {}

    /// Generates a body for every response schema of every operation of `contracts`, with the default seed.
    public init(generatingEveryResponseOf contracts: ContractSet) {
        let generator = DataGenerator(schemas: contracts.schemas)
        let validator = SchemaValidator(schemas: contracts.schemas)
        for operation in contracts.operations {
            let resource = operation.path.description.split(separator: "/").first { !$0.contains("{") }.map(String.init) ?? ""
            for response in operation.responses {
                for content in response.contents {
                    guard let schema = content.schema else { continue }
                    let place = "\(operation.key) \(response.status) \(content.mediaType)"
                    let value = generator.value(for: schema, in: GenerationScope(resource: resource, identity: "1"))
                    values += 1
                    largest = max(largest, value.serialized().utf8.count)
                    if (try? JSONSerialization.jsonObject(with: Data(value.serialized().utf8), options: .fragmentsAllowed)) == nil {
                        unserializable.append(place)
                    }
                    violations += validator.violations(of: value, against: schema, direction: .response).map { "\(place): \($0.pointer) \($0.message)" }
                }
            }
        }
    }
}
