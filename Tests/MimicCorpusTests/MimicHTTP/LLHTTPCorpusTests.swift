import Foundation
import MimicTestSupport
import Testing
@testable import MimicHTTP

private let vectorsFile = WorkspaceFile.corpus("http-parser/llhttp/vectors.jsonl")

/// llhttp's request vectors: where llhttp expects an error this parser must reject the bytes, and where
/// it accepts them, method, target, fields and body must agree. llhttp is more lenient on a few points
/// where this parser follows RFC 9110/9112 (listed in `knownDifferences`).
@Suite struct LLHTTPCorpusTests {
    /// Vectors llhttp accepts and this parser rejects on purpose.
    static let knownDifferences: [String] = [
        // Not in the IANA method registry: answered 501.
        "request/method.md — M-SEARCH request", "request/method.md — PURGE request",
        "request/method.md — SOURCE request", "request/method.md — SOURCE request with ICE",
        // RTSP and ICE are not HTTP.
        "request/method.md — OPTIONS request with RTSP", "request/method.md — ANNOUNCE request with RTSP",
        // HTTP/0.9 (no version) is not supported.
        "request/sample.md — No HTTP version",
        // The only transfer coding implemented is chunked: anything before it is answered 501.
        "request/transfer-encoding.md — POST with `chunked` as last transfer-encoding",
        "request/transfer-encoding.md — POST with `chunked` as last transfer-encoding (multiple headers)",
        // `GET / HTTP/5.6` without CRLF: an unterminated request line is still incomplete here.
        "request/invalid.md — Invalid HTTP version",
        // The test harness skips the body of this one (`skipBody`); a server reads it.
        "request/content-length.md — Content-Length reset when no body is received",
    ]

    @Test(.requires(vectorsFile))
    func requestVectorsAgreeWithLLHTTPOutsideTheListedDifferences() throws {
        let vectors = try LLHTTPVector.load(from: vectorsFile.url)
        var agreeing = 0
        var differing: [String] = []
        for vector in vectors {
            if let disagreement = vector.disagreement() {
                differing.append(vector.name)
                print("llhttp vector differs: \(vector.name): \(disagreement)")
            } else {
                agreeing += 1
            }
        }
        print("llhttp request vectors: \(agreeing) of \(vectors.count) agree")
        #expect(vectors.count == 134)
        #expect(differing.filter { !Self.knownDifferences.contains($0) } == [])
        #expect(agreeing >= 123)
    }
}
