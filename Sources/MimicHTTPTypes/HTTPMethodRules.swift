/// How HEAD stands in for GET (RFC 9110 §9.3.2): a resource that answers GET answers HEAD too, with GET's headers.
/// The one place that rule is written, for the contracts' routes and Mimic's own endpoints alike.
public enum HTTPMethodRules {
    /// The declared method that answers `method`: itself, else GET for a HEAD when only GET is declared; nil when
    /// none does. Inlinable, so that each caller gets it specialized for its collection: generic code run as such
    /// looks the collection's element type up at its first call, a scan of every conformance of the binary that cost
    /// the first request a server answers (and every request a little).
    @inlinable
    public static func method(answering method: String, among declared: some Collection<String>) -> String? {
        if declared.contains(method) { return method }
        return method == "HEAD" && declared.contains("GET") ? "GET" : nil
    }

    /// The methods an `Allow` field lists for `declared`: each in order, then HEAD when GET is there without it.
    public static func allowed(_ declared: [String]) -> [String] {
        declared + (declared.contains("GET") && !declared.contains("HEAD") ? ["HEAD"] : [])
    }
}
