import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// `--validate-responses`: every answer Mimic gives as the contract declares it is checked, and what it breaks is
/// reported as Mimic's own fault, apart from the client's violations; the answer itself is unchanged.
@Suite struct MockEngineResponseValidationTests {
    static func engine(validateResponses: Bool = true) throws -> MockEngine {
        let fixture = try ContractFixture([("contract.yaml", ContractFixture.serverModes)])
        defer { fixture.remove() }
        return MockEngine(contracts: fixture.load(), validateResponses: validateResponses)
    }

    @Test func anAnswerBreakingItsContractIsGivenAsItIsWithMimicsFaultBesideIt() throws {
        let result = try Self.engine().respond("GET", "/broken")
        #expect(result.response.rendered == "200\nContent-Type: application/json\n{\"state\":\"gone\",\"extra\":1}")
        #expect(result.violations.isEmpty, "the client broke nothing")
        #expect(result.responseViolations.map { $0.json.serialized() } == [
            #"{"location":"response.body","name":"","pointer":"/state","code":"enum","message":"\"gone\" is not one of placed, delivered","allowed":["placed","delivered"]}"#,
        ])
    }

    @Test func answersKeepingTheContractAndMimicsOwnProblemsAreNotFaulted() throws {
        let engine = try Self.engine()
        #expect(engine.respond("GET", "/thing").responseViolations.isEmpty)
        let undeclared = engine.respond("GET", "/thing", headers: ["Prefer": "code=404"])
        #expect(undeclared.response.status == 404 && undeclared.responseViolations.isEmpty, "Mimic's problem for a status the client asked for")
        #expect(engine.respond("GET", "/thing", headers: ["Accept": "text/csv"]).responseViolations.isEmpty, "Mimic's 406")
        #expect(try Self.engine(validateResponses: false).respond("GET", "/broken").responseViolations.isEmpty, "off unless asked")
    }

    @Test func theJournalKeepsMimicsFaultsApartFromTheClientsViolations() throws {
        let journal = RequestJournal()
        let request = HTTPRequest(method: "GET", target: "/broken")
        let entry = journal.record(request, answeredWith: try Self.engine().respond(to: request))
        #expect(!entry.isInvalid)
        #expect(entry.line.hasSuffix(" (the response broke the contract: 1 violation)"))
        #expect(entry.description == #"GET /broken → 200; the response: response.body /state: "gone" is not one of placed, delivered"#)
        #expect(entry.json.serialized().contains(#""responseViolations":[{"location":"response.body","name":"","pointer":"/state","code":"enum""#))
        #expect(journal.responseFaultCount == 1 && journal.invalidCount == 0)
        #expect(journal.responseFaultEntries.map(\.sequence) == [1])
    }
}
