import Foundation
import MimicYAML

/// RFC 6901 JSON pointers (`/definitions/Pet`, `/paths/~1pets/get`) over parsed documents.
package enum JSONPointer {
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

    /// The reference tokens of `pointer`, each percent-decoded and unescaped.
    package static func tokens(of pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        let pieces = pointer.utf8.allSatisfy { $0 < 0x80 }
            ? asciiPieces(of: pointer) : pointer.split(separator: "/", omittingEmptySubsequences: false)
        return pieces.dropFirst(pointer.hasPrefix("/") ? 1 : 0).map { token in
            let text = String(token)
            let decoded = text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding ?? text : text
            return unescaped(decoded)
        }
    }

    /// ASCII `pointer` cut at each `/`, empty pieces kept: what splitting it by Character gives (no ASCII
    /// character but CR LF joins another), found byte by byte, without the grapheme breaking that made the split
    /// the larger part of following each `$ref`.
    private static func asciiPieces(of pointer: String) -> [Substring] {
        let bytes = pointer.utf8
        var pieces: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "/") {
                pieces.append(pointer[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        pieces.append(pointer[start...])
        return pieces
    }

    /// A pointer token as the text it names (RFC 6901 §4: `~1` is `/`, `~0` is `~`).
    package static func unescaped(_ token: some StringProtocol) -> String {
        guard token.utf8.contains(UInt8(ascii: "~")) else { return String(token) }
        return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// A text as a pointer token (RFC 6901 §3: `~` as `~0`, `/` as `~1`).
    package static func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "~" || $0 == "/" }) else { return text }
        return text.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
