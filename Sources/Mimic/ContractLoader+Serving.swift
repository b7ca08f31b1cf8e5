import MimicContracts

extension ContractLoader {
    /// The loader for contracts Mimic serves: operations under its admin prefix (`/__mimic/`) are load errors.
    public static let serving = ContractLoader(reservedPathSegment: AdminEndpoints.pathSegment)
}
