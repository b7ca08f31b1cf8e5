/// Whose words Mimic's own `application/problem+json` answers are in (answers the contract declares are its own).
public enum ProblemStyle: String, Sendable, Hashable, CaseIterable {
    /// Mimic's: `urn:mimic:problem:…` types, a `detail` naming the operation, `errors` listing each violation as
    /// `{location, name, pointer, code, message}`; `sl-violations` carries the same objects.
    case mimic
    /// Prism's, for clients and tests written against `prism mock`: `https://stoplight.io/prism/errors#…` types,
    /// Prism's titles and details, `validation` listing each violation as `{location: [...], severity, code,
    /// message}` worded as Prism words it, a 401's challenges under `headers`; `sl-violations` carries the same
    /// objects, their `location` starting with `request` or `response`, and an example that breaks its schema is
    /// answered with what it breaks there, as Prism answers it. Problems Prism never gives (a forced failure) stay
    /// Mimic's.
    case prism
}
