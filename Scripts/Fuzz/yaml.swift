// libFuzzer target `yaml`: any bytes through the YAML/JSON reader and the typed JSON parser. Each must give
// a value or a located error; anything else (a trap, a hang, unbounded memory) is a finding.
@testable import MimicContracts
import MimicYAML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let documents = try? YAML.parseStream(bytes) {
        for document in documents { _ = document.jsonValue.serialized() }
    }
    _ = try? JSONValue(parsingJSONText: bytes)
    return 0
}
