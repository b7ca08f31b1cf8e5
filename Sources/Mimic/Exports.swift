// The types Mimic's API speaks in — contract sets and diagnostics, HTTP requests and responses, the engine's
// results and request journal — come with `import Mimic`, so a test suite needs no other import.
@_exported import MimicContracts
@_exported import MimicEngine
@_exported import MimicHTTP
