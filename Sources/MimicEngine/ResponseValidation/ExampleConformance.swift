import MimicContracts
import MimicHTTPTypes
import MimicSchema

/// Response examples that break their own schema: `mimic lint` warns at each, and `mimic serve` does not choose
/// one by default (a client would be handed data its contract forbids), answering the next example or generated
/// data instead; in Prism's style (`mimic mock`) it is served as written, as Prism serves it.
public enum ExampleConformance {
    /// The warnings for `operation`'s JSON response examples that break their content's schema (`$ref`s found in
    /// `schemas`), each at the example with its first violation and how many more.
    public static func diagnostics(of operation: APIOperation, schemas: SchemaRegistry) -> [Diagnostic] {
        brokenExamples(of: operation, validator: SchemaValidator(schemas: schemas)).map { broken in
            let name = broken.example.name.map { "example '\($0)'" } ?? "the example"
            let more = broken.omitted == 0 ? "" : " (and \(broken.omitted) more)"
            let place = broken.first.pointer.isEmpty ? "" : broken.first.pointer + " "
            return .warning(
                "response.invalid-example",
                "\(name) of the \(broken.status) \(broken.mediaType) response of \(operation.method.uppercased()) \(operation.path) breaks its schema: \(place)\(broken.first.message)\(more); serve answers another example or generated data unless Prefer names it, mock serves it as Prism does",
                at: broken.example.source)
        }
    }

    /// Where `operation`'s broken response examples are declared, for the engine to pass them over.
    static func brokenSources(of operation: APIOperation, validator: SchemaValidator) -> Set<SourceReference> {
        Set(brokenExamples(of: operation, validator: validator).map(\.example.source))
    }

    /// Each JSON response example of `operation` that breaks its content's schema, with its first violation and
    /// the count of the others. Contents whose schema was inferred from their examples keep it by construction.
    private static func brokenExamples(
        of operation: APIOperation, validator: SchemaValidator
    ) -> [(example: Example, status: ResponseStatus, mediaType: String, first: SchemaViolation, omitted: Int)] {
        var found: [(example: Example, status: ResponseStatus, mediaType: String, first: SchemaViolation, omitted: Int)] = []
        for response in operation.responses {
            for content in response.contents where !content.isSchemaInferred && MediaType(content.mediaType).isJSON {
                guard let schema = content.schema else { continue }
                for example in content.examples {
                    guard case .json(let value) = example.value else { continue }
                    let (kept, omitted) = validator.violations(of: value, against: schema, direction: .response, keeping: 1)
                    if let first = kept.first { found.append((example, response.status, content.mediaType, first, omitted)) }
                }
            }
        }
        return found
    }
}
