@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Everything a parser yields for `text` fed in one piece: the events, then the error if one was thrown.
func parseAll(
    _ text: String, configuration: HTTPRequestParser.Configuration = .init()
) -> (events: [HTTPRequestParser.Event], error: HTTPParseError?) {
    parseAll(bytes: Array(text.utf8), configuration: configuration)
}

func parseAll(
    bytes: [UInt8], configuration: HTTPRequestParser.Configuration = .init(), pieceSize: Int? = nil
) -> (events: [HTTPRequestParser.Event], error: HTTPParseError?) {
    var parser = HTTPRequestParser(configuration: configuration)
    var events: [HTTPRequestParser.Event] = []
    var offset = 0
    repeat {
        let end = min(bytes.count, offset + (pieceSize ?? bytes.count))
        parser.append(contentsOf: bytes[offset..<end])
        offset = end
        do {
            while let event = try parser.next() { events.append(event) }
        } catch {
            return (events, error)
        }
    } while offset < bytes.count
    return (events, nil)
}

/// The requests among `events`.
func requests(_ events: [HTTPRequestParser.Event]) -> [HTTPRequest] {
    events.compactMap { event in
        if case .request(let request) = event { return request }
        return nil
    }
}

/// The only request of `text`, or nil (the test then fails on its expectations).
func parseOne(_ text: String) -> HTTPRequest? {
    let (events, error) = parseAll(text)
    let found = requests(events)
    guard error == nil, found.count == 1 else { return nil }
    return found[0]
}

/// The error parsing `text` ends with.
func parseError(_ text: String, configuration: HTTPRequestParser.Configuration = .init()) -> HTTPParseError? {
    parseAll(text, configuration: configuration).error
}
