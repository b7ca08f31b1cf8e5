import MimicTestSupport
import Testing
@testable import MimicContracts

private let pets = WorkspaceFile.package("Tests/Fixtures/pets.postman_collection.json").path
private let legacy = WorkspaceFile.package("Tests/Fixtures/legacy.postman_collection.json").path

/// A saved example in one line: `name: body | Header: value; …` (`-` for no body).
private func line(_ example: Example) -> String {
    let value = switch example.value {
    case .json(let json): json.serialized()
    case .text(let text): text.isEmpty ? "-" : text
    }
    return "\(example.name ?? "?"): \(value) | " + example.headers.map { "\($0.name): \($0.value)" }.joined(separator: "; ")
}

/// Each response of `operation` in one line: `status [media type: examples…] [without body: examples…]`.
private func lines(_ operation: APIOperation) -> [String] {
    operation.responses.map { response in
        "\(response.status) [" + response.contents.map { "\($0.mediaType): " + $0.examples.map { line($0) }.joined(separator: ", ") }.joined(separator: "; ")
            + "] [" + response.examplesWithoutBody.map { line($0) }.joined(separator: ", ") + "]"
    }
}

private extension ContractSet {
    /// The operation whose key (`GET /a/{}`) is `key`.
    func operation(keyed key: String) -> APIOperation {
        operations.first { $0.key == key }!
    }
}

/// Saved responses as Postman collections hold them: examples by name with the headers saved with them, answers
/// saved without a body, v2.0's `data`; and what merging requests of one route keeps of each.
@Suite struct PostmanSavedResponsesTests {
    @Test func savedResponsesKeepTheirNamesAndTheHeadersTheyServe() {
        let contracts = ContractLoader().load([pets])
        #expect(contracts.diagnostics.isEmpty)
        #expect(lines(contracts.operation(keyed: "GET /v1/pets/{}")) == [
            #"200 [application/json: Found: {"id":7,"name":"Rex"} | Content-Type: application/json; charset=utf-8; ETag: W/"1b-7"; X-Request-Id: req-7; Set-Cookie: session=abc; Path=/; HttpOnly; Set-Cookie: theme=dark; Path=/] []"#,
            #"400 [application/json: Bad request.: {"error":"petId must be a number"} | Content-Type: application/json; X-Error-Code: pet-id] []"#,
            "410 [] [Gone: - | Sunset: Wed, 01 Jan 2025 00:00:00 GMT]",
        ])
        #expect(lines(contracts.operation(keyed: "DELETE /v1/pets/{}")) == ["204 [] [Deleted: - | X-Deleted: 7]"])
        #expect(lines(contracts.operation(keyed: "HEAD /v1/ping")) == ["200 [] [Alive: - | nonce: abc]"])
    }

    @Test func mergedRequestsKeepEachOnesAuthAndBodyShape() {
        let contracts = ContractLoader().load([pets])
        #expect(contracts.operations.map { "\($0.key) \($0.security.map(\.schemeNames))" } == [
            #"GET /v1/admin/stats [["basic"], ["bearer"]]"#, "POST /v1/pets []", #"GET /v1/pets/{} [["bearer"]]"#,
            #"DELETE /v1/pets/{} [["bearer"]]"#, "HEAD /v1/ping []",
        ])
        let body = contracts.operation(keyed: "POST /v1/pets").requestBody?.contents.map { "\($0.mediaType) \($0.schema.map(shape) ?? "none")" }
        #expect(body == [
            "application/json object{name: string, age: integer, weight: number, vaccinated: boolean, owner: any, tags: array[string], collar: object{color: string}, indoor: boolean}",
        ])
        #expect(lines(contracts.operation(keyed: "POST /v1/pets")) == [#"201 [application/json: Created: {"id":9,"name":"Rex"} | Content-Type: application/json; Location: /pets/9] []"#])
    }

    @Test func version2_0DataIsReadAndWhatIsIgnoredIsSaid() {
        let contracts = ContractLoader().load([legacy])
        #expect(contracts.diagnostics.map(\.summary) == [
            "\(legacy):24:21: warning: saved response 'All users' has a header HTTP cannot carry ('Total Pages'); it is not served [import.postman-invalid-header]",
            "\(legacy):37:19: warning: saved response 'Both' has both 'body' and 'data'; Mimic serves 'body' and ignores 'data' [import.postman-response-data-ignored]",
            "\(legacy):57:40: warning: the application/json body of item 'Create user' is not JSON (at line 1, column 1 of the body: JSON object opened here is never closed; add the missing '}'); requests are only checked for being JSON [import.postman-invalid-json-body]",
            "\(legacy):67:19: warning: saved response 'Created' has a 'data' that is not text; it is ignored [import.postman-response-data-ignored]",
            "\(legacy):77:26: warning: the body of item 'Upload avatar' has mode 'binary', which Mimic cannot read (raw, urlencoded, formdata, file or graphql); it is ignored [import.postman-unsupported-body]",
            "\(legacy):87:17: warning: the body of item 'Rename user' has no 'mode' (raw, urlencoded, formdata, file or graphql); it is ignored [import.postman-unsupported-body]",
        ])
        #expect(lines(contracts.operation(keyed: "GET /api/users")) == [
            #"200 [application/json: All users: [{"id":"U1"},{"id":"U2"}] | Content-Type: application/json; X-Total-Count: 2, Both: [] | Content-Type: application/json] []"#,
            "404 [] [Not found: - | ]",
        ])
        let create = contracts.operation(keyed: "POST /api/users")
        #expect(create.requestBody?.contents.map { "\($0.mediaType) \($0.schema.map(shape) ?? "none") \($0.isSchemaInferred)" } == ["application/json any false"])
        #expect(lines(create) == ["201 [] [Created: - | ]"])
    }

    @Test func theSeedCollectionSavesOnlyAnswersWithoutBody() {
        let contracts = ContractLoader().load([WorkspaceFile.package("Contracts/backupify/backupify.postman_collection.json").path])
        #expect(contracts.diagnostics.isEmpty)
        #expect(contracts.operations.count == 17)
        for operation in contracts.operations {
            #expect(lines(operation) == ["200 [] [Response_200: - | ]"], "\(operation.key)")
        }
    }
}
