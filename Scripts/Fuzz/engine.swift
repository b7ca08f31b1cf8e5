// libFuzzer target `engine`: arbitrary requests (read loosely, see `looseRequest`) answered by the engine
// serving the seed contracts of `Contracts/` (run from the package folder). Every request must get an answer.
import MimicContracts
import MimicEngine
import MimicHTTPTypes

private let engine: MockEngine = {
    let contracts = ContractLoader().load(["Contracts"])
    precondition(!contracts.operations.isEmpty && !contracts.hasErrors, "run from the package folder: Contracts/ must load")
    return MockEngine(contracts: contracts)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let request = looseRequest(Array(UnsafeBufferPointer(start: data, count: size)))
    let result = engine.respond(to: request)
    precondition((100...599).contains(result.response.status), "status \(result.response.status)")
    return 0
}
