// libFuzzer target `http`: any bytes through the HTTP/1.1 request parser, given whole, split at chosen points,
// and byte by byte. The parser must give the same requests and the same error (or the same wait for more)
// however the bytes are split; a difference is a finding, reported as a trap with both answers.
import MimicHTTP
import MimicHTTPTypes

/// What the parser makes of `chunks` appended one after another: each event, then the error or `more`.
private func answer(_ chunks: [ArraySlice<UInt8>]) -> [String] {
    var parser = HTTPRequestParser()
    var answer: [String] = []
    for chunk in chunks {
        parser.append(contentsOf: chunk)
        do {
            while let event = try parser.next() { answer.append("\(event)") }
        } catch {
            answer.append("error \(error)")
            return answer
        }
    }
    answer.append(parser.hasPartialRequest ? "waits for more" : "idle")
    return answer
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = answer([bytes[...]])
    var splits: [[ArraySlice<UInt8>]] = []
    // Every split into two, up to 512 bytes; beyond, 64 split points spread over the input.
    let points = size <= 512 ? Array(0...size) : (0...64).map { $0 * size / 64 }
    for point in points { splits.append([bytes[..<point], bytes[point...]]) }
    if size <= 4096 { splits.append(bytes.indices.map { bytes[$0...$0] }) }
    for chunks in splits {
        let split = answer(chunks)
        if split != whole {
            fatalError("split at \(chunks.map(\.count)) answers \(split), whole answers \(whole)")
        }
    }
    return 0
}
