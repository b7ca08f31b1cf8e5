// The types Mimic's API speaks in — contract sets and diagnostics, schemas' data and violations, HTTP requests and
// responses, the engine's results and request journal, the server's errors — come with `import Mimic`, so a test
// suite needs no other import.
@_exported import MimicContracts
@_exported import MimicEngine
@_exported import MimicHTTP
@_exported import MimicHTTPTypes
@_exported import MimicSchema
