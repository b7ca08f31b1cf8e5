import Foundation
import MimicContracts
import MimicHTTP
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

@Suite struct MockEngineSeedTests {
    @Test func everySeedOperationAnswersItsFirstDeclaredSuccess() throws {
        #expect(ContractFixture.seed.operations.count == 49)
        #expect(ContractFixture.seed.operations.filter(\.savesOnlyAnswersWithoutBody).map(\.key) == Self.postmanOnlyOperations)
        for operation in ContractFixture.seed.operations {
            let response = MockEngine.forSeeds.respond(to: ContractFixture.seed.plausibleRequest(for: operation)).response
            let declared = try #require(operation.responses.first { $0.status.isSuccess }?.status)
            #expect(declared == .code(response.status), "\(operation.key)")
            if response.status == 204 || operation.savesOnlyAnswersWithoutBody {
                #expect(response.body.isEmpty && response.headers["Content-Type"] == nil, "\(operation.key)")
            } else {
                #expect(response.headers["Content-Type"] == "application/json", "\(operation.key)")
                switch try JSONValue(parsingJSONText: response.body) {
                case .object, .array: break
                default: Issue.record("the body of \(operation.key) is not a JSON object or array")
                }
            }
        }
    }

    /// The Backupify operations only the Postman collection describes: their one saved response (`Response_200`)
    /// has neither a body nor a `Content-Type`, so they answer 200 without a body.
    static let postmanOnlyOperations = [
        "GET /v1/backup_instances/{}/endpoints/{}/records/{}", "GET /v1/backup_instances/{}/endpoints/{}/records/{}/blob",
        "GET /v1/backup_instances/{}/exports", "POST /v1/backup_instances/{}/exports", "GET /v1/backup_instances/{}/exports/{}",
        "POST /v1/backup_instances/{}/exports/{}/reauth",
    ]

    @Test func twoEnginesAnswerByteForByteAlike() {
        let other = MockEngine(contracts: ContractLoader().load([ContractFixture.seedFolder]))
        for operation in ContractFixture.seed.operations {
            let request = ContractFixture.seed.plausibleRequest(for: operation)
            #expect(MockEngine.forSeeds.respond(to: request).response == other.respond(to: request).response, "\(operation.key)")
        }
    }

    @Test func anotherSeedGivesOtherData() {
        let other = MockEngine(contracts: ContractFixture.seed, seed: 2)
        #expect(MockEngine.forSeeds.respond("GET", "/v1/backup_definitions/42").response.body != other.respond("GET", "/v1/backup_definitions/42").response.body)
    }

    @Test(arguments: [
        ("/v1/backup_definitions", "id"), ("/v1/backup_definitions/42/variables", "key"),
        ("/v1/backup_instances/42/endpoints", "name"), ("/v1/backup_instances/42/backups", "id"),
    ])
    func collectionItemsAreTheItemsReadOneByOne(collection: String, identifier: String) throws {
        guard case .array(let items) = try JSONValue(parsingJSONText: MockEngine.forSeeds.respond("GET", collection).response.body) else {
            Issue.record("not an array")
            return
        }
        #expect(items.count == 3)
        for item in items {
            let identity = try #require(item[identifier]?.scalarText?.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            #expect(MockEngine.forSeeds.body("GET", collection + "/" + identity) == item.serialized())
        }
    }

    @Test func anItemNamesItsParentAndKeepsThePathIdentity() {
        #expect(MockEngine.forSeeds.body("GET", "/v1/backup_instances/7/backups/0042") == #"{"id":"0042","backup_instance_id":7}"#)
    }

    @Test func backupifyBodiesForTheDefaultSeed() {
        #expect(MockEngine.forSeeds.body("GET", "/v1/backup_definitions/42") == """
            {"id":42,"description":"Shared with the whole marketing team.","name":"Secondary Backup Definition 95","published":false}
            """)
        #expect(MockEngine.forSeeds.body("GET", "/v1/backup_instances/42") == """
            {"id":42,"backup_definition_id":4440,"backup_frequency":"hourly","customer_id":8508}
            """)
        #expect(MockEngine.forSeeds.body("GET", "/v1/backup_instances/42/backups/active") == #"{"id":4360,"backup_instance_id":42}"#)
        #expect(MockEngine.forSeeds.body("GET", "/v1/authenticate_customer") == "{}")
    }

    @Test func aCreateEchoesTheSubmittedFormWithANewStableId() {
        let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        let body = "backup_definition%5Bname%5D=Nightly+mail&backup_definition[published]=true&backup_definition[retention]=30"
        let created = MockEngine.forSeeds.body("POST", "/v1/backup_definitions", headers: form, body: body)
        #expect(created == #"{"id":3463,"description":"Runs every night at two.","name":"Nightly mail","published":true,"retention":"30"}"#)
        #expect(MockEngine.forSeeds.body("POST", "/v1/backup_definitions", headers: form, body: body) == created)
        #expect(MockEngine.forSeeds.body("POST", "/v1/backup_definitions", headers: form, body: "backup_definition[name]=Other") != created)
    }

    @Test func aMultipartFormIsSubmittedAsAURLEncodedOneIs() {
        let multipart: HTTPHeaders = ["Content-Type": #"multipart/form-data; boundary="b;1""#]
        let body = "--b;1\r\nContent-Disposition: form-data; name=\"backup_definition[name]\"\r\n\r\nNightly mail\r\n--b;1--\r\n"
        let created = MockEngine.forSeeds.body("POST", "/v1/backup_definitions", headers: multipart, body: body)
        #expect(created == #"{"id":9083,"description":"Ask the support team before changing this.","name":"Nightly mail","published":true}"#)
    }

    @Test func anUpdateKeepsThePathIdAndTakesJSONFields() {
        let json: HTTPHeaders = ["Content-Type": "application/json"]
        let updated = MockEngine.forSeeds.body("PUT", "/v1/backup_instances/42", headers: json, body: #"{"backup_instance":{"backup_frequency":"daily","id":9}}"#)
        #expect(updated == #"{"id":42,"backup_definition_id":4440,"backup_frequency":"daily","customer_id":8508}"#)
    }

    @Test func theTokenEndpointAnswersAnOAuthTokenResponse() {
        let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        let token = MockEngine.forSeeds.body("POST", "/oauth/token", headers: form, body: "grant_type=client_credentials&client_id=abc&scope=read+write")
        #expect(token == #"{"access_token":"81149d4644e9f20d707f6da86c6d94dc","token_type":"bearer","expires_in":3600,"refresh_token":"1aa46d3095b8cb4bce0420bae4d92cf8","scope":"read write"}"#)
    }

    @Test func aVProtectResponseIsItsDocumentedExample() throws {
        let operation = ContractFixture.seed.operation("GET", "/api/backups/{guid}")
        guard case .json(let example) = try #require(operation.responses.first?.contents.first?.examples.first).value else {
            Issue.record("not JSON")
            return
        }
        let body = MockEngine.forSeeds.body("GET", "/api/backups/f8f73bf9-2445-4bce-a7dd-753be3b40a67")
        #expect(body == example.serialized())
        #expect(body == """
            {"guid":"f8f73bf9-2445-4bce-a7dd-753be3b40a67","snapshotTime":1451649601000,"status":{"name":"ENUM_NAME","description":"Enum description"},"type":{"name":"ENUM_NAME","description":"Enum description"}}
            """)
    }

    @Test func cloud66DeclaredHeadersAreGenerated() {
        let response = MockEngine.forSeeds.respond("GET", "/api/3/stacks/abc/backups/4153").response
        #expect(response.headers.map(\.name) == ["Content-Type", "X-RateLimit-Limit", "X-RateLimit-Remaining"])
        #expect(response.headers["X-RateLimit-Limit"].flatMap(Int.init) != nil)
    }

    @Test func headAnswersAsGet() {
        #expect(MockEngine.forSeeds.respond("HEAD", "/v1/backup_definitions/42").response == MockEngine.forSeeds.respond("GET", "/v1/backup_definitions/42").response)
    }

    @Test func a204HasNeitherBodyNorContentType() {
        let response = MockEngine.forSeeds.respond("PUT", "/api/backups/abc/description", headers: ["Content-Type": "application/json"], body: "{}").response
        #expect(response == HTTPResponse(status: 204))
    }
}
