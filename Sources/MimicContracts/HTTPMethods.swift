/// The HTTP methods an OpenAPI path item may declare, in the order Mimic lists them.
enum HTTPMethods {
    static let pathItemKeys = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// The position of `method` in listings: the order above, unknown methods last.
    static func rank(_ method: String) -> Int {
        pathItemKeys.firstIndex(of: method.lowercased()) ?? pathItemKeys.count
    }
}
