import Foundation
import MimicYAML

/// RFC 6901 JSON pointers (`/definitions/Pet`, `/paths/~1pets/get`) over parsed documents.
enum JSONPointer {
    /// The node `pointer` names inside `root`; nil when a step does not exist.
    static func node(at pointer: String, in root: YAMLNode) -> YAMLNode? {
        var current = root
        for token in tokens(of: pointer) {
            if let child = current[token] {
                current = child
            } else if let elements = current.sequence, let index = Int(token), elements.indices.contains(index) {
                current = elements[index]
            } else {
                return nil
            }
        }
        return current
    }

    private static func tokens(of pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        return pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst(pointer.hasPrefix("/") ? 1 : 0).map { token in
            let decoded = String(token).removingPercentEncoding ?? String(token)
            return decoded.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }
}
