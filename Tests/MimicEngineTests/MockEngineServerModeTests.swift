import MimicContracts
import MimicTestSupport
import Testing
@testable import MimicEngine

/// The engine's server-wide modes, Prism's `--dynamic` and `--errors`, on a contract whose last examples break
/// their schema.
@Suite struct MockEngineServerModeTests {
    static func engine(dynamic: Bool = false, errors: Bool = false) throws -> MockEngine {
        let fixture = try ContractFixture([("contract.yaml", ContractFixture.serverModes)])
        defer { fixture.remove() }
        return MockEngine(contracts: fixture.load(), dynamic: dynamic, errors: errors)
    }

    @Test func dynamicGeneratesEveryBodyUnlessPreferAsksForTheExample() throws {
        #expect(try Self.engine().body("GET", "/thing") == #"{"id":700}"#)
        let dynamic = try Self.engine(dynamic: true)
        let generated = dynamic.body("GET", "/thing")
        #expect(generated.hasPrefix(#"{"id":"#) && generated != #"{"id":700}"#)
        #expect(generated == dynamic.body("GET", "/thing"), "generated bodies stay deterministic")
        #expect(dynamic.body("GET", "/thing", headers: ["Prefer": "dynamic=false"]) == #"{"id":700}"#)
        #expect(dynamic.body("GET", "/thing?__dynamic=false") == #"{"id":700}"#)
    }

    @Test func dynamicAnswersTheExampleWhereNoSchemaIsDeclared() throws {
        #expect(try Self.engine(dynamic: true).body("GET", "/plain") == #"{"title":"Work"}"#)
    }

    @Test func errorsTurnsABodyThatBreaksItsSchemaIntoA500ListingTheViolations() throws {
        let errors = try Self.engine(errors: true)
        let errorsList = #"[{"location":"response.body","name":"","pointer":"/state","code":"enum","message":"\"gone\" is not one of placed, delivered","allowed":["placed","delivered"]}]"#
        #expect(errors.respond("GET", "/broken", headers: ["Prefer": "example=gone"]).response.rendered == """
            500
            Content-Type: application/problem+json
            sl-violations: \(errorsList)
            {"type":"urn:mimic:problem:response-invalid","title":"Response invalid","status":500,\
            "detail":"The 200 response of GET /broken breaks its declared schema: 1 violation.","errors":\(errorsList)}
            """)
        let number = errors.respond("GET", "/broken", headers: ["Prefer": "example=number"])
        #expect(number.response.status == 500)
        #expect(number.response.headers["sl-violations"] == #"[{"location":"response.body","name":"","pointer":"","code":"type","message":"expected an object, found the integer 123"}]"#)
        #expect(number.violations.isEmpty, "the request broke nothing")
        #expect(errors.respond("GET", "/thing").response.rendered == "200\nContent-Type: application/json\n{\"id\":700}")
    }

    @Test func withoutErrorsAnExampleBreakingItsSchemaIsAnsweredAsWrittenWhenPreferNamesIt() throws {
        let engine = try Self.engine()
        #expect(engine.respond("GET", "/broken", headers: ["Prefer": "example=gone"]).response.rendered == "200\nContent-Type: application/json\n{\"state\":\"gone\",\"extra\":1}")
        #expect([#"{"state":"placed"}"#, #"{"state":"delivered"}"#].contains(engine.body("GET", "/broken")), "else generated, keeping the schema")
    }
}
