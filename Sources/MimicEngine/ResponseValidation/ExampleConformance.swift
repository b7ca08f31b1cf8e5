import MimicContracts
import MimicHTTPTypes
import MimicSchema

/// The lint check for a response example that breaks its own schema: Mimic serves declared examples as they are
/// written, so a client under test would be handed data its contract forbids (and `mimic verify` against Mimic
/// would report it). One warning per example, at the example, with the first violation and how many more.
public enum ExampleConformance {
    /// The warnings for `operation`'s JSON response examples that break their content's schema (`$ref`s found in
    /// `schemas`). Contents whose schema was inferred from their examples are not checked: they keep it by
    /// construction.
    public static func diagnostics(of operation: APIOperation, schemas: SchemaRegistry) -> [Diagnostic] {
        let validator = SchemaValidator(schemas: schemas)
        var diagnostics: [Diagnostic] = []
        for response in operation.responses {
            for content in response.contents where !content.isSchemaInferred && MediaType(content.mediaType).isJSON {
                guard let schema = content.schema else { continue }
                for example in content.examples {
                    guard case .json(let value) = example.value else { continue }
                    let (kept, omitted) = validator.violations(of: value, against: schema, direction: .response, keeping: 1)
                    guard let first = kept.first else { continue }
                    let name = example.name.map { "example '\($0)'" } ?? "the example"
                    let more = omitted == 0 ? "" : " (and \(omitted) more)"
                    let place = first.pointer.isEmpty ? "" : first.pointer + " "
                    diagnostics.append(.warning(
                        "response.invalid-example",
                        "\(name) of the \(response.status) \(content.mediaType) response of \(operation.method.uppercased()) \(operation.path) breaks its schema: \(place)\(first.message)\(more); it is served as written",
                        at: example.source))
                }
            }
        }
        return diagnostics
    }
}
