// Shared by the `contract` and `engine` targets: requests made from fuzzer bytes and from a contract's operations.
import MimicContracts
import MimicHTTPTypes

/// A request read loosely from `bytes`, so that the engine sees what the HTTP parser would refuse too: the
/// first line's first two words are the method and target, the lines up to an empty one are `name: value`
/// header fields, and the rest is the body.
func looseRequest(_ bytes: [UInt8]) -> HTTPRequest {
    let text = String(decoding: bytes, as: UTF8.self)
    let (head, body) = text.range(of: "\n\n").map { (text[..<$0.lowerBound], Array(text[$0.upperBound...].utf8)) } ?? (text[...], [])
    let lines = head.split(separator: "\n", omittingEmptySubsequences: false)
    let words = lines.first?.split(separator: " ") ?? []
    var headers = HTTPHeaders()
    for line in lines.dropFirst().prefix(64) {
        guard let colon = line.firstIndex(of: ":") else { continue }
        headers.add(String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
    }
    let method = words.first.map(String.init) ?? "GET"
    let target = words.count > 1 ? String(words[1]) : "/"
    return HTTPRequest(method: method, target: target, headers: headers, body: body)
}

/// A plain request for `operation`: every path parameter `1`, a bearer token, and `body` as JSON.
func request(for operation: APIOperation, body: [UInt8]) -> HTTPRequest {
    let path = operation.path.segments.map { segment -> String in
        switch segment {
        case .literal(let text): "/" + text
        case .parameter, .pattern: "/1"
        }
    }.joined()
    let headers: HTTPHeaders = ["Authorization": "Bearer token", "Content-Type": "application/json"]
    return HTTPRequest(method: operation.method, target: path.isEmpty ? "/" : path, headers: headers, body: body)
}
