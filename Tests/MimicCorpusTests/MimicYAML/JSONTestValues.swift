import Foundation

/// JSON values as Foundation reads them, for comparing parser output with expected JSON files.
enum JSONTestValues {
    /// Every JSON value of a file holding several values one after another (the suite's `in.json`
    /// for multi-document streams).
    static func parseConcatenated(_ data: Data) throws -> [Any] {
        let bytes = Array(data)
        var values: [Any] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            guard i < bytes.count else { break }
            let start = i
            var depth = 0
            var inString = false
            while i < bytes.count {
                let c = bytes[i]
                if inString {
                    if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
                } else if c == UInt8(ascii: "\"") {
                    inString = true
                } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                    depth += 1
                } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                    depth -= 1
                } else if depth == 0, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                    break
                }
                i += 1
                if depth == 0, !inString, c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "\"") { break }
            }
            values.append(try JSONSerialization.jsonObject(with: Data(bytes[start..<i]), options: .fragmentsAllowed))
        }
        return values
    }

    /// Structural equality: numbers by value (integer and float alike), objects regardless of key order.
    static func equal(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (let x as [String: Any], let y as [String: Any]):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { equal(value, $0) } ?? false }
        case (let x as [Any], let y as [Any]):
            return x.count == y.count && zip(x, y).allSatisfy(equal)
        case (let x as String, let y as String):
            return x == y
        case (is NSNull, is NSNull):
            return true
        case (let x as NSNumber, let y as NSNumber):
            return x.doubleValue == y.doubleValue
        default:
            return false
        }
    }
}
