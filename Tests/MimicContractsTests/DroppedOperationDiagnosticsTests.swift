import MimicTestSupport
import Testing
@testable import MimicContracts

/// Every operation a document declares is either served or named by a located warning saying why it is not.
@Suite struct DroppedOperationDiagnosticsTests {
    private func routes(_ contracts: ContractSet) -> [String] {
        contracts.operations.map { "\($0.method) \($0.path) \($0.sources.map { "\($0.location.line):\($0.location.column)" }.joined(separator: " "))" }
    }

    @Test func aPathWithoutLeadingSlashNamesEachOperationItDrops() throws {
        let (contracts, summaries) = try ContractFixture.load("""
            openapi: 3.0.0
            info: {title: x, version: "1"}
            paths:
              pets:
                get: {responses: {"200": {description: OK}}}
                post: {responses: {"201": {description: made}}}
              "\\n  /owners":
                get: {responses: {"200": {description: OK}}}
              /kept:
                get: {responses: {"200": {description: OK}}}
            """)
        #expect(routes(contracts) == ["GET /kept 10:10"])
        #expect(summaries == [
            "api.yaml:5:5: warning: GET 'pets' is not served: a path must start with '/' [import.path-without-slash]",
            "api.yaml:6:5: warning: POST 'pets' is not served: a path must start with '/' [import.path-without-slash]",
            "api.yaml:8:5: warning: GET '\\n  /owners' is not served: a path must start with '/' (this one starts with white space) [import.path-without-slash]",
        ])
    }

    @Test func anUnknownMethodKeyIsNamedWithTheMethodItMisspells() throws {
        let (contracts, summaries) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: x, version: "1"}
            paths:
              /pets:
                gett: {responses: {"200": {description: OK}}}
                " post ": {responses: {"200": {description: OK}}}
                GET: {responses: {"200": {description: OK}}}
                fetch: {responses: {"200": {description: OK}}}
                parameters: []
                x-note: fine
                delete: {responses: {"204": {description: gone}}}
            """)
        #expect(routes(contracts) == ["DELETE /pets 11:13"])
        let methods = "(get, put, post, delete, options, head, patch, trace)"
        #expect(summaries == [
            "api.yaml:5:5: warning: 'gett' under '/pets' is not an HTTP method \(methods) nor a field of a path item; it is not served; did you mean 'get'? [import.unknown-method]",
            "api.yaml:6:5: warning: ' post ' under '/pets' is not an HTTP method \(methods) nor a field of a path item; it is not served; did you mean 'post'? [import.unknown-method]",
            "api.yaml:7:5: warning: 'GET' under '/pets' is not an HTTP method \(methods) nor a field of a path item; it is not served; did you mean 'get'? [import.unknown-method]",
            "api.yaml:8:5: warning: 'fetch' under '/pets' is not an HTTP method \(methods) nor a field of a path item; it is not served [import.unknown-method]",
        ])
    }

    @Test func aPathWithWhiteSpaceIsServedAsWrittenAndSaysHowToReachIt() throws {
        let (contracts, summaries) = try ContractFixture.load("""
            openapi: 3.0.0
            info: {title: x, version: "1"}
            paths:
              "/checks ":
                get: {responses: {"200": {description: OK}}}
            """)
        #expect(routes(contracts) == ["GET /checks  5:10"])
        #expect(summaries == [
            "api.yaml:4:3: warning: path '/checks ' holds white space; it is served as written, so only a request that percent-encodes it ('/checks%20') reaches it [import.path-white-space]",
        ])
    }

    @Test func twoPathsThatAreOneRouteAreAWarningAndOneOperation() throws {
        let (contracts, summaries) = try ContractFixture.load("""
            openapi: 3.0.0
            info: {title: x, version: "1"}
            paths:
              /x:
                get: {responses: {"200": {description: OK}}}
              /x/:
                get: {responses: {"200": {description: OK}}}
                post: {responses: {"201": {description: made}}}
            """)
        #expect(routes(contracts) == ["GET /x 5:10 7:10", "POST /x 8:11"])
        #expect(summaries == [
            "api.yaml:6:3: warning: path '/x/' is the same route as '/x': Mimic ignores a trailing '/', repeated '/' and the names of path parameters, so a method both declare is one operation [import.same-route]",
        ])
        #expect(contracts.diagnostics[0].notes.map(\.summary) == ["\(contracts.files[0]):4:3: note: '/x' is declared here"])
    }

    @Test func aDeclaredPathParameterMissingFromThePathIsIgnoredAndNotRequired() throws {
        let (contracts, summaries) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: x, version: "1"}
            paths:
              /pets/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, type: integer}
                    - {name: ghost, in: path, required: true, type: string}
                  responses: {"200": {description: OK}}
            """)
        #expect(contracts.operations[0].parameters.map(\.name) == ["id"])
        #expect(summaries == [
            "api.yaml:8:11: warning: path parameter 'ghost' does not appear in the path '/pets/{id}'; it is ignored, and not required [import.unused-path-parameter]",
        ])
    }

    @Test func aPostmanRequestWhoseMethodIsNoTokenIsNotServed() throws {
        let (contracts, summaries) = try ContractFixture.load("""
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [
               {"name": "spaced", "request": {"method": "GE T", "url": "http://h/a"}},
               {"name": "custom", "request": {"method": "purge", "url": "http://h/a"}}
             ]}
            """, name: "c.json")
        #expect(routes(contracts) == ["PURGE /a 4:4"])
        #expect(summaries == [
            "c.json:3:45: warning: item 'spaced' has the method 'GE T', which is not an HTTP method (a token, such as GET); it is not served [import.unknown-method]",
        ])
    }
}
