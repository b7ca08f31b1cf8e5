import MimicContracts
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

@Suite struct RouterTests {
    private func operation(_ method: String, _ path: String) -> APIOperation {
        APIOperation(method: method, path: PathTemplate(path), sources: [.start(of: "api.yaml")])
    }

    /// The router of a contract set holding only `operations`.
    private func router(of operations: [APIOperation]) -> Router {
        Router(contracts: ContractSet(files: [], contracts: [], operations: operations, schemas: SchemaRegistry(), diagnostics: []))
    }

    private func route(_ router: Router, _ method: String, _ path: String) -> String {
        switch router.route(method: method, path: path) {
        case .matched(let route, let parameters):
            return "\(route.operation.key) " + parameters.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
        case .methodNotAllowed(let allowed, let closest):
            return "405 allow \(allowed.joined(separator: ",")) closest \(closest.operation.key)"
        case .notFound(let closest):
            return "404 closest " + (closest.map(\.operation.key) ?? "none")
        }
    }

    @Test func literalSegmentsBeatTemplatedOnes() {
        let router = router(of: [operation("GET", "/backups/{guid}"), operation("GET", "/backups/grouped")])
        #expect(route(router, "GET", "/backups/grouped") == "GET /backups/grouped ")
        #expect(route(router, "GET", "/backups/42") == "GET /backups/{} guid=42")
    }

    @Test func aFailedLiteralBranchFallsBackToTheTemplate() {
        let router = router(of: [operation("GET", "/backups/grouped/aggregated-statistics"), operation("GET", "/backups/{guid}/files")])
        #expect(route(router, "GET", "/backups/grouped/files") == "GET /backups/{}/files guid=grouped")
    }

    @Test func pathParametersArePercentDecoded() {
        let router = router(of: [operation("GET", "/files/{name}")])
        #expect(route(router, "GET", "/files/a%20b%2Fc+d") == "GET /files/{} name=a b/c+d")
    }

    @Test func anUndecodablePathParameterIsKeptAsSentWithTheReason() {
        let router = router(of: [operation("GET", "/files/{name}"), operation("GET", "/reports/{name}.{format}")])
        #expect(router.route(method: "GET", path: "/files/a%ZZ") == .matched(router.routes[0], pathParameters: [
            PathParameterValue(name: "name", value: "a%ZZ", fault: "'%ZZ' is not a percent-encoding; write a byte as % and two hexadecimal digits, and % itself as %25"),
        ]))
        let notUTF8 = "the decoded bytes are not UTF-8 text"
        #expect(router.route(method: "GET", path: "/reports/q%FF.json") == .matched(router.routes[1], pathParameters: [
            PathParameterValue(name: "name", value: "q%FF", fault: notUTF8), PathParameterValue(name: "format", value: "json", fault: notUTF8),
        ]))
    }

    @Test func mixedSegmentsCaptureEachParameter() {
        let router = router(of: [operation("GET", "/reports/{name}.{format}")])
        #expect(route(router, "GET", "/reports/q3.json") == "GET /reports/{}.{} name=q3,format=json")
        #expect(route(router, "GET", "/reports/q3") == "404 closest GET /reports/{}.{}")
    }

    @Test func anotherMethodOnAKnownPathIs405WithTheAllowedMethods() {
        let router = router(of: [operation("GET", "/things"), operation("POST", "/things"), operation("GET", "/other")])
        #expect(route(router, "DELETE", "/things") == "405 allow GET,POST closest GET /things")
    }

    @Test func headIsAnsweredByGet() {
        let router = router(of: [operation("GET", "/things")])
        #expect(route(router, "HEAD", "/things") == "GET /things ")
    }

    @Test func anUnknownPathNamesTheClosestOperation() {
        let router = router(of: [operation("GET", "/v1/backup_definitions/{id}"), operation("GET", "/v1/records")])
        #expect(route(router, "GET", "/v1/backup_definition/7") == "404 closest GET /v1/backup_definitions/{}")
        #expect(route(router, "GET", "/v1/recordz") == "404 closest GET /v1/records")
        #expect(self.router(of: []).route(method: "GET", path: "/") == .notFound(closest: nil))
    }

    @Test func aTrailingSlashIsIgnoredButAnEmptySegmentIsKeptAsPrismKeepsIt() {
        let router = router(of: [operation("GET", "/a/b"), operation("GET", "/p/{id}/q")])
        #expect(route(router, "GET", "/a/b/") == "GET /a/b ")
        #expect(route(router, "GET", "//a/b") == "404 closest GET /a/b")
        #expect(route(router, "GET", "/a//b") == "404 closest GET /a/b")
        #expect(route(router, "GET", "/p//q") == "GET /p/{}/q id=")
    }

    @Test func aPercentEncodedPathRoutesToItsLiteralSegments() {
        let router = router(of: [operation("GET", "/test path > with | unsafe % characters"), operation("GET", "/a%20b")])
        #expect(route(router, "GET", "/test%20path%20%3E%20with%20%7C%20unsafe%20%25%20characters") == "GET /test path > with | unsafe % characters ")
        #expect(route(router, "GET", "/a%20b") == "GET /a%20b ")
    }

    @Test func everySeedOperationRoutesToItself() throws {
        let router = Router(contracts: ContractFixture.seed)
        #expect(router.routes.count == 49)
        for route in router.routes {
            let operation = route.operation
            let path = operation.path.description.replacingOccurrences(of: "{", with: "x").replacingOccurrences(of: "}", with: "")
            guard case .matched(let found, _) = router.route(method: operation.method, path: path) else {
                Issue.record("\(operation.key) did not route")
                continue
            }
            #expect(found == route, "\(operation.key)")
        }
    }
}
