import MimicHTTP
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

/// Whole answers, headers and bytes, when Mimic cannot answer as the contract does.
@Suite struct MockEngineProblemTests {
    @Test func anUnknownPathIs404NamingTheClosestOperation() {
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "GET", target: "/v1/backup_definition/7"))
        #expect(result.operation == nil)
        #expect(result.response.rendered == """
            404
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:route-not-found","title":"Route not found","status":404,"detail":"No operation is declared for GET /v1/backup_definition/7.","closestOperation":{"method":"GET","path":"/v1/backup_definitions/{backup_definition_id}","operationId":"getV1BackupDefinitionsBackupDefinition"}}
            """)
    }

    @Test func anotherMethodIs405WithAllow() {
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "DELETE", target: "/v1/backup_definitions"))
        #expect(result.operation == nil)
        #expect(result.response.rendered == """
            405
            Content-Type: application/problem+json
            Allow: GET, POST, HEAD
            {"type":"urn:mimic:problem:method-not-allowed","title":"Method not allowed","status":405,"detail":"/v1/backup_definitions does not declare DELETE; it declares GET, POST, HEAD.","closestOperation":{"method":"GET","path":"/v1/backup_definitions","operationId":"getV1BackupDefinitions"}}
            """)
    }

    @Test func noAcceptableMediaTypeIs406ListingTheDeclaredOnes() {
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "GET", target: "/api/backups/x", headers: ["Accept": "application/xml, text/*"]))
        #expect(result.operation?.operationId == "getBackupExtendedDetails")
        #expect(result.response.rendered == """
            406
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:not-acceptable","title":"Not acceptable","status":406,"detail":"GET /api/backups/{guid} answers application/json, which Accept: application/xml, text/* refuses.","available":["application/json"]}
            """)
    }

    @Test func aPreferredStatusThatIsNotDeclaredIs404AsInPrism() {
        #expect(MockEngine.forSeeds.respond("GET", "/api/backups/x", headers: ["Prefer": "code=404"]).response.rendered == """
            404
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:response-not-declared","title":"Response not declared","status":404,"detail":"Prefer asks for status 404, which GET /api/backups/{guid} does not declare.","declared":["200"]}
            """)
    }

    @Test func aPreferredExampleThatIsNotDeclaredIs404ListingTheDeclaredOnes() {
        #expect(MockEngine.forSeeds.respond("POST", "/api/3/stacks/s/backups", headers: ["Prefer": "example=nope"]).response.rendered == """
            404
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:example-not-declared","title":"Example not declared","status":404,"detail":"Prefer asks for example 'nope', which no response of POST /api/3/stacks/{stack_id}/backups declares.","declared":["newBackup","importBackup"]}
            """)
        #expect(MockEngine.forSeeds.respond("POST", "/api/3/stacks/s/backups", headers: ["Prefer": "code=200, example=nope"]).response.rendered == """
            404
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:example-not-declared","title":"Example not declared","status":404,"detail":"Prefer asks for example 'nope', which the 200 response of POST /api/3/stacks/{stack_id}/backups does not declare.","declared":["newBackup","importBackup"]}
            """)
    }
}
