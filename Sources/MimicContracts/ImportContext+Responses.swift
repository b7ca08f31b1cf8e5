import MimicHTTPTypes
import MimicYAML

extension ImportContext {
    /// Warns, at `node`, when a response `content` has a schema but no example (of its own or of its schema) in a
    /// media type that is neither JSON nor XML: Mimic can only serve data generated from the schema as plain text
    /// (as CSV rows under `text/csv`).
    /// Once per media type and file, at its first such content: a large document repeats them by the thousand.
    func checkServable(_ content: MediaTypeContent, at node: YAMLNode) {
        let type = MediaType(content.mediaType)
        guard let schema = content.schema, content.examples.isEmpty, !type.isJSON, !type.isXML,
              !content.mediaType.utf8.contains(UInt8(ascii: "*")), session.schemas.resolve(schema).examples.isEmpty,
              session.plainTextWarnings.insert(file + " " + content.mediaType).inserted
        else { return }
        warn("response.no-example-for-media-type",
             "response content '\(content.mediaType)' has a schema but no example; data generated from the schema is served as \(type.essence == "text/csv" ? "CSV rows" : "plain text") (said once per media type in this file)",
             at: node)
    }
}
