import MimicYAML

/// The kinds of document Mimic reads, told apart by their content, not their file name.
public enum ContractFormat: String, Sendable, Hashable {
    case swagger2 = "Swagger 2.0"
    case openAPI30 = "OpenAPI 3.0"
    case openAPI31 = "OpenAPI 3.1"
    case postman = "Postman Collection"

    /// The format of a parsed document: `swagger: 2.0`, `openapi: 3.x`, or Postman's `info` with `item`.
    public init?(sniffing document: YAMLNode) {
        if let version = document["swagger"]?.string {
            guard version.hasPrefix("2") else { return nil }
            self = .swagger2
        } else if let version = document["openapi"]?.string {
            if version.hasPrefix("3.0") {
                self = .openAPI30
            } else if version.hasPrefix("3.") {
                self = .openAPI31
            } else {
                return nil
            }
        } else if document["info"]?.mapping != nil, document["item"]?.sequence != nil {
            self = .postman
        } else {
            return nil
        }
    }
}
