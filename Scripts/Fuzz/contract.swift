// libFuzzer target `contract`: any bytes loaded as a contract file, then one request per operation (at most
// 64) answered by an engine serving it. Loading must give operations or located diagnostics, and every
// request an answer.
import Foundation
import MimicContracts
import MimicEngine
import MimicHTTPTypes

/// A folder of this process's own under /tmp, holding the one contract file being tried.
private let folder: String = {
    let path = NSTemporaryDirectory() + "mimic-fuzz-contract-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let file = folder + "/contract.yaml"
    guard FileManager.default.createFile(atPath: file, contents: bytes) else { fatalError("cannot write \(file)") }
    let contracts = ContractLoader().load([file])
    var renderer = DiagnosticRenderer()
    for diagnostic in contracts.diagnostics { _ = renderer.render(diagnostic) }
    let engine = MockEngine(contracts: contracts)
    for operation in contracts.operations.prefix(64) {
        let result = engine.respond(to: request(for: operation, body: Array("{}".utf8)))
        precondition((100...599).contains(result.response.status), "status \(result.response.status)")
    }
    return 0
}
