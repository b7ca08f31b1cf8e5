import Foundation
import MimicTestSupport
import Testing
@testable import MimicCLI

/// `routes`, `lint` and `dump` on real files.
@Suite struct ContractCommandsTests {
    static let contracts = ContractFixture.seedFolder

    private func temporaryFolder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in files.keys.sorted() {
            try Data(files[name]!.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder.path
    }

    @Test func routesListsTheFortyNineSeedOperations() {
        let result = runMimic("routes", Self.contracts)
        #expect(result.status == 0)
        #expect(result.output.hasSuffix("\n49 operations from 5 files\n"))
        #expect(result.output.contains("\nGET   /api/backups/grouped  "))
    }

    @Test func routesJSONDescribesEveryParameter() throws {
        let result = runMimic("routes", "--format", "json", Self.contracts + "/vprotect")
        #expect(result.status == 0)
        let routes = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(routes.count == 16)
        let list = try #require(routes.first { $0["path"] as? String == "/api/backups" && $0["method"] as? String == "GET" })
        #expect(list["operationId"] as? String != nil)
        #expect((list["sources"] as? [String])?.first?.contains("vprotect-backups.openapi.yaml:") == true)
        let status = try #require((list["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == "status" })
        #expect(status["in"] as? String == "query")
        #expect(status["type"] as? String == "string")
        #expect(status["multivalued"] as? Bool == true)
        #expect(status["required"] as? Bool == false)
        #expect((status["enum"] as? [String])?.count == 6)
    }

    @Test func lintOfTheSeedContractsWarnsAndSucceeds() {
        let result = runMimic("lint", Self.contracts)
        #expect(result.status == 0)
        #expect(result.output.contains("backupify.swagger.yaml:102:9: warning: parameter 'vendor_id' (query) declares no type; Mimic treats it as a string [import.missing-type]\n 102 |       - in: query\n     |         ^\n"))
        #expect(result.output.hasSuffix("5 files, 49 operations: 0 errors, 100 warnings\n"))
    }

    @Test func lintReportsABrokenFileAndStillChecksTheOthers() throws {
        let folder = try temporaryFolder([
            "a-broken.yaml": "openapi: 3.0.0\ninfo: {title: x, version: '1'\npaths: {}\n",
            "b-good.yaml": "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  /things/{id}:\n    get:\n      responses: {'200': {description: OK}}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = runMimic("lint", folder)
        #expect(result.status == 1)
        #expect(result.output.contains("\(folder)/a-broken.yaml:2:7: error: "))
        #expect(result.output.contains("\(folder)/b-good.yaml:4:3: warning: path '/things/{id}' uses '{id}' but declares no such parameter; Mimic treats it as a string [import.undeclared-path-parameter]"))
        #expect(result.output.hasSuffix("2 files, 1 operation: 1 error, 1 warning\n"))
    }

    @Test func lintJSONListsEachDiagnosticWithItsPlace() throws {
        let folder = try temporaryFolder(["api.yaml": "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      parameters: [{name: q, in: query}]\n      responses: {200: {description: OK}}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = runMimic("lint", "--format", "json", folder)
        #expect(result.status == 0)
        let expected = """
            [
              {
                "severity": "warning",
                "code": "import.missing-type",
                "message": "parameter 'q' (query) declares no type; Mimic treats it as a string",
                "file": "\(folder)/api.yaml",
                "line": 6,
                "column": 20,
                "notes": []
              }
            ]

            """
        #expect(result.output == expected)
    }

    @Test func lintWarnsAtEachKeywordThatAsksForMoreThanMimicGenerates() throws {
        let folder = try temporaryFolder(["api.yaml": ContractFixture.openAPI(get: "/limits", schema: """
            type: object
            properties:
              zero: {type: integer, minimum: 0, maximum: 0, multipleOf: 1e19}
              tens: {type: integer, minimum: 1, maximum: 9, multipleOf: 10}
              text: {type: string, minLength: 1000000000}
              list: {type: array, minItems: 300000000, items: {type: integer}}
              map: {type: object, minProperties: 100000000, additionalProperties: {type: boolean}}
            """)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = runMimic("lint", folder)
        #expect(result.status == 0)
        #expect(result.output == """
            \(folder)/api.yaml:15:77: warning: multipleOf 10 has no multiple Mimic can generate from 1 to 9; generated values break it [schema.no-multiple-in-range]
             15 |                   tens: {type: integer, minimum: 1, maximum: 9, multipleOf: 10}
                |                                                                             ^
            \(folder)/api.yaml:16:51: warning: minLength 1000000000 is more than Mimic generates; generated strings stop at 4096 characters [schema.excessive-size]
             16 |                   text: {type: string, minLength: 1000000000}
                |                                                   ^
            \(folder)/api.yaml:17:49: warning: minItems 300000000 is more than Mimic generates; generated arrays stop at 100 items [schema.excessive-size]
             17 |                   list: {type: array, minItems: 300000000, items: {type: integer}}
                |                                                 ^
            \(folder)/api.yaml:18:54: warning: minProperties 100000000 is more than Mimic generates; generated objects stop at 100 properties [schema.excessive-size]
             18 |                   map: {type: object, minProperties: 100000000, additionalProperties: {type: boolean}}
                |                                                      ^
            1 file, 1 operation: 0 errors, 4 warnings

            """)
    }

    @Test func lintWarnsAtAnXFakerMethodMimicDoesNotKnowAndTheValueFollowsTheName() throws {
        let folder = try temporaryFolder(["api.yaml": ContractFixture.openAPI(get: "/people", schema: """
            type: object
            properties:
              handle: {type: string, x-faker: internet.email}
              city: {type: string, x-faker: address.cityy}
              first: {type: string, x-faker: {person.firstName: {sex: female}}}
            """)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lint = runMimic("lint", folder)
        #expect(lint.status == 0)
        #expect(lint.output == """
            \(folder)/api.yaml:15:49: warning: x-faker 'address.cityy' is not a Faker method Mimic knows; the value is chosen by the field's name instead [schema.unknown-faker]
             15 |                   city: {type: string, x-faker: address.cityy}
                |                                                 ^
            1 file, 1 operation: 0 errors, 1 warning

            """)
        let example = runMimic("example", "GET", "/people", "--contracts", folder)
        #expect(example.output.hasSuffix(#"{"handle":"tara.moore@example.com","city":"Cork","first":"Tara"}"# + "\n"))
    }

    @Test func dumpPrintsTheFirstDocumentAsJSON() throws {
        let folder = try temporaryFolder(["doc.yaml": "swagger: '2.0'\ncodes: {200: OK}\nflags: [yes, true, ~]\n---\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = runMimic("dump", folder + "/doc.yaml")
        #expect(result.status == 0)
        #expect(result.output == """
            {
              "swagger": "2.0",
              "codes": {
                "200": "OK"
              },
              "flags": [
                "yes",
                true,
                null
              ]
            }

            """)
    }

    @Test func dumpOfAMissingFileSaysSo() {
        let result = runMimic("dump", "/nonexistent/api.yaml")
        #expect(result.status == 1)
        #expect(result.errors == "/nonexistent/api.yaml:1:1: error: no such file [load.not-found]\n")
    }

    @Test func lintOfAFileThatNeverEndsStopsAtTheSizeLimit() {
        let result = runMimic("lint", "/dev/zero")
        #expect(result.status == 1)
        #expect(result.output == """
            /dev/zero:1:1: error: the file is larger than 64 MiB, the most Mimic reads of a contract [load.too-large]
            1 file, 0 operations: 1 error, 0 warnings

            """)
    }
}

@Suite struct ExampleCommandTests {
    @Test func examplePrintsWhatServeWouldAnswer() {
        let result = runMimic("example", "GET", "/__mimic/health", "--contracts", ContractCommandsTests.contracts)
        #expect(result.status == 0)
        #expect(result.output == "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"status\":\"ok\",\"operations\":49,\"files\":5,\"strict\":false}\n")
    }

    @Test func exampleStrictChecksRequestsStrictly() {
        let result = runMimic("example", "GET", "/__mimic/health", "--strict", "--contracts", ContractCommandsTests.contracts)
        #expect(result.output.hasSuffix("\n{\"status\":\"ok\",\"operations\":49,\"files\":5,\"strict\":true}\n"))
    }

    @Test func exampleRejectsAHeaderWithoutAColon() {
        let result = runMimic("example", "GET", "/", "--header", "Prefer code=404")
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: The value 'Prefer code=404' is invalid for '--header <header>': expected 'Name: value'.\n"))
    }
}

@Suite struct ExampleCommandFidelityTests {
    @Test func headPrintsTheHeadersOfGetWithoutTheBody() {
        let get = runMimic("example", "GET", "/v1/backup_definitions/42", "--contracts", ContractCommandsTests.contracts)
        let head = runMimic("example", "HEAD", "/v1/backup_definitions/42", "--contracts", ContractCommandsTests.contracts)
        #expect(head.status == 0)
        #expect(head.output == "HTTP/1.1 200 OK\nContent-Type: application/json\n\n")
        #expect(get.output.hasPrefix(head.output) && get.output.count > head.output.count)
    }

    @Test func methodsStayCaseSensitiveAsTheServerReadsThem() {
        let result = runMimic("example", "get", "/v1/backup_definitions/42", "--contracts", ContractCommandsTests.contracts)
        #expect(result.output.hasPrefix("HTTP/1.1 405 Method Not Allowed\n"))
    }

    @Test func contractErrorsMakeTheExitStatusOne() {
        let result = runMimic("example", "GET", "/", "--contracts", "/nonexistent/contracts")
        #expect(result.status == 1)
        #expect(result.errors == "/nonexistent/contracts:1:1: error: no such file or folder [load.not-found]\n")
        #expect(result.output.hasPrefix("HTTP/1.1 404 Not Found\n"))
    }
}
