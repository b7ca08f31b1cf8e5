import MimicContracts

extension ContractSet {
    /// The operation declared as `method path` (the path as the route table shows it).
    public func operation(_ method: String, _ path: String) -> APIOperation {
        operations.first { $0.method == method && $0.path.description == path }!
    }
}
