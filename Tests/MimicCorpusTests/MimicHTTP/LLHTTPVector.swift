import Foundation
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// One request vector of llhttp's test suite (`../shared/corpus/http-parser/llhttp/vectors.jsonl`) and how
/// this parser's reading of it compares with llhttp's.
struct LLHTTPVector {
    let name: String
    let raw: [UInt8]
    let expectsError: Bool
    let errorReason: String
    let messagesCompleted: Int
    let methods: [String]
    let urls: [String]
    let headerFields: [String]
    let headerValues: [String]
    let body: String

    /// The request vectors of `file` that do not need llhttp's JavaScript templating.
    static func load(from file: URL) throws -> [LLHTTPVector] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            guard object["type"] as? String == "request", object["raw_contains_js_template"] as? Bool == false else {
                return nil
            }
            return LLHTTPVector(object)
        }
    }

    private init(_ object: [String: Any]) {
        let spans = object["spans"] as? [String: [String]] ?? [:]
        let rawText = object["raw"] as? String ?? ""
        name = "\(object["file"] as? String ?? "?") — \(object["title"] as? String ?? "?")"
        // The vectors hold bytes as Latin-1 text where a byte is not ASCII.
        raw = rawText.unicodeScalars.allSatisfy { $0.value < 256 }
            ? rawText.unicodeScalars.map { UInt8($0.value) } : Array(rawText.utf8)
        expectsError = object["expect_error"] as? Bool ?? false
        errorReason = object["error_reason"] as? String ?? ""
        messagesCompleted = object["messages_completed"] as? Int ?? 0
        methods = spans["method"] ?? []
        urls = spans["url"] ?? []
        headerFields = spans["header_field"] ?? []
        headerValues = (spans["header_value"] ?? []).map {
            Substring($0.replacingOccurrences(of: "\\t", with: "\t")).trimmingASCIIWhitespace().description
        }
        body = (spans["body"] ?? []).joined()
    }

    /// Whether llhttp stopped on purpose (an upgrade or CONNECT) rather than on an error.
    var llhttpPaused: Bool {
        errorReason.hasPrefix("Pause on")
    }

    /// Why this parser disagrees with llhttp on the vector, or nil when it agrees.
    ///
    /// The connection is closed after a request that does not keep it alive, so bytes after such a request
    /// count as the error llhttp reports there ("Data after `Connection: close`").
    func disagreement() -> String? {
        var parser = HTTPRequestParser(configuration: .init(requiresHost: false))
        parser.append(contentsOf: raw)
        var found: [HTTPRequest] = []
        var error: String?
        do {
            while let event = try parser.next() {
                guard case .request(let request) = event else { continue }
                found.append(request)
                if !request.keepsConnectionAlive, parser.bufferedByteCount > 0 {
                    error = "data after a request closing the connection"
                    break
                }
            }
        } catch let parseError {
            error = "\(parseError.status) \(parseError)"
        }
        if let mismatch = compare(Array(found.prefix(messagesCompleted))) { return mismatch }
        if llhttpPaused { return nil }
        if expectsError, error == nil { return "accepted; llhttp: \(errorReason)" }
        if !expectsError, let error { return "rejected (\(error)); llhttp accepts" }
        return found.count == messagesCompleted ? nil : "\(found.count) requests, llhttp \(messagesCompleted)"
    }

    private func compare(_ requests: [HTTPRequest]) -> String? {
        guard requests.count == messagesCompleted else {
            return "\(requests.count) requests before stopping, llhttp \(messagesCompleted)"
        }
        let fields = requests.flatMap(\.headers)
        if !Self.agree(requests.map(\.method), methods) { return "methods differ" }
        if !Self.agree(requests.map(\.target), urls) { return "targets differ" }
        if !Self.agree(fields.map(\.name), headerFields) { return "field names differ" }
        if !Self.agree(fields.map(\.value), headerValues) { return "field values differ" }
        let bodies = requests.map { String(decoding: $0.body, as: UTF8.self) }.joined()
        return llhttpPaused || body.hasPrefix(bodies) || Self.agree(bodies, body) ? nil : "bodies differ"
    }

    /// Whether `ours` agrees with the first spans of `spans`.
    private static func agree(_ ours: [String], _ spans: [String]) -> Bool {
        ours.count <= spans.count && zip(ours, spans).allSatisfy { agree($0, $1) }
    }

    /// Whether `ours` agrees with `span`. The vectors' spans stop at the first double quote (an artifact
    /// of their extraction from llhttp's logs), so a value with a quote only has to start with its span.
    private static func agree(_ ours: String, _ span: String) -> Bool {
        ours == span || ours.contains("\"") && ours.hasPrefix(span)
    }
}
