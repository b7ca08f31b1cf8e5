import MimicContracts

/// What a ``MockServer/reload()`` did.
public enum ReloadOutcome: Sendable {
    /// The contracts loaded without errors and are served from now on.
    case reloaded(ContractSet)
    /// The contracts have errors (`diagnostics`, the errors among them), or no operation at all (`diagnostics`
    /// may then be empty); the last good contracts, `kept`, go on being served.
    case failed(diagnostics: [Diagnostic], kept: ContractSet)
}
