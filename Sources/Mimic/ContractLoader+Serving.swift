import MimicContracts
import MimicEngine
import MimicSchema

extension ContractLoader {
    /// The loader for contracts Mimic serves: operations under its admin prefix (`/__mimic/`) are load errors, and
    /// schema keywords that ask for more than its generator builds (``GenerationLimits``) or that it cannot compile
    /// (``UncompiledPatterns``) are warnings, and so are response examples that break their schema
    /// (``ExampleConformance``).
    public static let serving = ContractLoader(
        reservedPathSegment: AdminEndpoints.pathSegment,
        schemaExcesses: { GenerationLimits.excesses(of: $0) + UncompiledPatterns.excesses(of: $0) },
        exampleChecks: { ExampleConformance.diagnostics(of: $0, schemas: $1) })
}
