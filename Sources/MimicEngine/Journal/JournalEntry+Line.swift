extension JournalEntry {
    /// `GET /v1/things/42 200 getThing 0.21ms` (the `operationId`, else `METHOD /path`, else `-`), with
    /// ` (2 violations)` after an invalid request, or `BREW /x 501 - (refused: The request method is not
    /// implemented.)` for a refused one (`-` for what could not be read), ` (forced: fault=reset)` after
    /// a forced failure, and ` (the response broke the contract: 1 violation)` after an answer that broke
    /// it: one log line, without a newline.
    public var line: String {
        line(terminator: "")
    }

    /// ``line``, then `terminator`; written as bytes, for the log writes one a request.
    package func line(terminator: String) -> String {
        if let refusal {
            return "\(method.isEmpty ? "-" : method) \(target.isEmpty ? "-" : target) \(status) - (refused: \(refusal))" + terminator
        }
        var line: [UInt8] = []
        line.reserveCapacity(method.utf8.count + target.utf8.count + terminator.utf8.count + 64)
        line.append(contentsOf: method.utf8)
        line.append(Self.space)
        line.append(contentsOf: target.utf8)
        line.append(Self.space)
        Self.append(status, to: &line)
        line.append(Self.space)
        if let operationId {
            line.append(contentsOf: operationId.utf8)
        } else if let operation = answeredBy?.operation {
            line.append(contentsOf: "\(operation.method) \(operation.path)".utf8)
        } else {
            line.append(UInt8(ascii: "-"))
        }
        line.append(Self.space)
        Self.append(milliseconds: milliseconds, to: &line)
        if !violations.isEmpty { line.append(contentsOf: " (\(Self.violations(violations.count)))".utf8) }
        if let forced { line.append(contentsOf: " (forced: \(forced))".utf8) }
        if let note { line.append(contentsOf: " (\(note))".utf8) }
        if !responseViolations.isEmpty {
            line.append(contentsOf: " (the response broke the contract: \(Self.violations(responseViolations.count)))".utf8)
        }
        line.append(contentsOf: terminator.utf8)
        return String(decoding: line, as: UTF8.self)
    }

    private static let space = UInt8(ascii: " ")

    /// `1 violation`, `2 violations`.
    private static func violations(_ count: Int) -> String {
        "\(count) violation\(count == 1 ? "" : "s")"
    }

    /// The decimal digits of `number` (not negative).
    private static func append(_ number: Int, to bytes: inout [UInt8]) {
        if number >= 10 { append(number / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    /// `milliseconds` rounded to the hundredth and followed by `ms`, spelled as Swift spells that `Double`
    /// (`0.21ms`, `0.2ms`, `3.0ms`), without going through its description.
    static func append(milliseconds: Double, to bytes: inout [UInt8]) {
        let hundredths = (milliseconds * 100).rounded()
        guard hundredths >= 0, hundredths < 1e14 else {
            bytes.append(contentsOf: "\(hundredths / 100)ms".utf8)
            return
        }
        let whole = Int(hundredths)
        append(whole / 100, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        let fraction = whole % 100
        if fraction % 10 == 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        } else {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
        }
        bytes.append(contentsOf: "ms".utf8)
    }
}
