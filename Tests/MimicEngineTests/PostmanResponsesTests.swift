import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// Postman collections served as contracts, on `Tests/Fixtures/pets.postman_collection.json` and the seed
/// collection: saved responses chosen by name whatever their status, with their saved headers; answers saved
/// without a body; the body shape a saved JSON request declares; each request's own auth.
@Suite struct PostmanResponsesTests {
    static let engine = MockEngine(contracts: ContractLoader().load([WorkspaceFile.package("Tests/Fixtures/pets.postman_collection.json").path]))
    static let bearer: HTTPHeaders = ["Authorization": "Bearer t"]

    private func rendered(_ method: String, _ target: String, headers: HTTPHeaders = bearer, body: String = "") -> String {
        Self.engine.respond(method, target, headers: headers, body: body).response.rendered
    }

    @Test func theDefaultSavedResponseIsServedWithItsSavedHeaders() {
        #expect(rendered("GET", "/v1/pets/7") == """
            200
            Content-Type: application/json; charset=utf-8
            ETag: W/"1b-7"
            X-Request-Id: req-7
            Set-Cookie: session=abc; Path=/; HttpOnly
            Set-Cookie: theme=dark; Path=/
            {"id":7,"name":"Rex"}
            """)
    }

    @Test func aSavedResponseIsChosenByItsNameWhateverItsStatus() {
        let badRequest = """
            400
            Content-Type: application/json
            X-Error-Code: pet-id
            {"error":"petId must be a number"}
            """
        #expect(rendered("GET", "/v1/pets/7", headers: ["Authorization": "Bearer t", "Prefer": "example=Bad request."]) == badRequest)
        #expect(rendered("GET", "/v1/pets/7?__example=Bad%20request.") == badRequest)
        #expect(rendered("GET", "/v1/pets/7", headers: ["Authorization": "Bearer t", "Prefer": "example=Gone"]) == """
            410
            Sunset: Wed, 01 Jan 2025 00:00:00 GMT

            """)
    }

    @Test func anUnknownNameIsA404EvenWhereTheSuccessIs204() {
        #expect(rendered("GET", "/v1/pets/7?__example=Lost") == """
            404
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:example-not-declared","title":"Example not declared","status":404,"detail":"Prefer asks for example 'Lost', which no response of GET /v1/pets/{petId} declares.","declared":["Found","Bad request.","Gone"]}
            """)
        #expect(rendered("DELETE", "/v1/pets/7?__example=Lost") == """
            404
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:example-not-declared","title":"Example not declared","status":404,"detail":"Prefer asks for example 'Lost', which no response of DELETE /v1/pets/{petId} declares.","declared":["Deleted"]}
            """)
        #expect(rendered("DELETE", "/v1/pets/7") == "204\nX-Deleted: 7\n")
        #expect(rendered("DELETE", "/v1/pets/7?__example=Deleted") == "204\nX-Deleted: 7\n")
    }

    @Test func anAnswerSavedWithoutBodyIsAnsweredWithoutOne() {
        #expect(rendered("HEAD", "/v1/ping", headers: [:]) == "200\nnonce: abc\n")
        #expect(rendered("HEAD", "/v1/ping", headers: ["Accept": "text/plain"]) == "200\nnonce: abc\n")
    }

    @Test func aSavedJSONRequestDeclaresTheBodyShape() {
        #expect(rendered("POST", "/v1/pets", headers: ["Content-Type": "application/json"], body: #"{"name": 5, "age": 3.5, "tags": ["a", 1], "owner": "me", "extra": 1}"#) == """
            422
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:request-invalid","title":"Request invalid","status":422,"detail":"The request breaks the contract of POST /v1/pets: 3 violations.","mode":"lenient","errors":[{"location":"body","name":"","pointer":"/name","code":"type","message":"expected a string, found the integer 5"},{"location":"body","name":"","pointer":"/age","code":"type","message":"expected an integer, found the number 3.5"},{"location":"body","name":"","pointer":"/tags/1","code":"type","message":"expected a string, found the integer 1"}]}
            """)
        #expect(rendered("POST", "/v1/pets", headers: ["Content-Type": "application/json"], body: #"{"name": "Rex""#) == """
            400
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:malformed-json","title":"Malformed JSON","status":400,"detail":"The request breaks the contract of POST /v1/pets: 1 violation.","mode":"lenient","errors":[{"location":"body","name":"","pointer":"","code":"syntax","message":"the body is not JSON: at byte 0 (line 1, column 1), JSON object opened here is never closed; add the missing '}'"}]}
            """)
        // Either request's shape passes: the cat's `indoor` beside the dog's fields, none of them required.
        #expect(rendered("POST", "/v1/pets", headers: ["Content-Type": "application/json"], body: #"{"name": "Tom", "indoor": true}"#) == """
            201
            Content-Type: application/json
            Location: /pets/9
            {"id":9,"name":"Rex"}
            """)
    }

    @Test func eachMergedRequestKeepsItsOwnAuth() {
        #expect(Self.engine.verdict("GET", "/v1/pets/7") == "401\nheader Authorization credentials ")
        #expect(Self.engine.verdict("POST", "/v1/pets", headers: ["Content-Type": "application/json"], body: "{}") == "201")
        #expect(Self.engine.verdict("GET", "/v1/admin/stats") == "401\nheader Authorization credentials \nheader Authorization credentials ")
        #expect(Self.engine.verdict("GET", "/v1/admin/stats", headers: ["Authorization": "Basic YWRtaW46c2VjcmV0"]) == "200")
        #expect(Self.engine.verdict("GET", "/v1/admin/stats", headers: ["Authorization": "Bearer probe"]) == "200")
    }

    @Test func theSeedsSavedResponsesAreChosenByName() {
        let exports = "/v1/backup_instances/42/exports"
        #expect(MockEngine.forSeeds.respond("GET", exports, headers: ["Prefer": "example=Response_200"]).response.rendered == "200\n")
        #expect(MockEngine.forSeeds.respond("GET", exports, headers: ["Prefer": "example=Response_404"]).response.rendered == """
            404
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:example-not-declared","title":"Example not declared","status":404,"detail":"Prefer asks for example 'Response_404', which no response of GET /v1/backup_instances/{backup_instance_id}/exports declares.","declared":["Response_200"]}
            """)
    }
}
