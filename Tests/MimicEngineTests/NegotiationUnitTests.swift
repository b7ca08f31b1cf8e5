import MimicHTTP
import Testing
@testable import MimicEngine
@testable import MimicSchema

@Suite struct PreferHeaderTests {
    @Test func readsEveryPreferenceWhateverTheSeparator() {
        #expect(PreferHeader(["Prefer": "code=404; example=\"not found\", DYNAMIC=true"]) == PreferHeader(code: 404, example: "not found", dynamic: true))
    }

    @Test func theFirstOfARepeatedKeyCountsAndNonsenseIsIgnored() {
        #expect(PreferHeader(["Prefer": "code=201", "Prefer": "code=500, respond-async, wait=5"]) == PreferHeader(code: 201))
        #expect(PreferHeader(["Prefer": "code=99, =x, example="]) == PreferHeader())
        #expect(PreferHeader(["Prefer": "dynamic=false"]) == PreferHeader(dynamic: false))
        #expect(PreferHeader(["Prefer": "dynamic=maybe"]) == PreferHeader())
    }
}

@Suite struct ContentNegotiationTests {
    private func choose(_ accept: [String], _ declared: [String]) -> String? {
        ContentNegotiation(accept: accept).choose(from: declared)
    }

    @Test func withoutAcceptTheFirstDeclared() {
        #expect(choose([], ["application/xml", "application/json"]) == "application/xml")
        #expect(choose([], ["text/csv", "application/xml"]) == "text/csv")
    }

    @Test func onATieTheClientsOrderThenTheDeclaredOrder() {
        #expect(choose(["application/xml, application/json"], ["application/json", "application/xml"]) == "application/xml")
        #expect(choose(["application/json", "application/xml"], ["application/xml", "application/json"]) == "application/json")
        #expect(choose(["*/*"], ["text/plain", "application/json"]) == "text/plain")
        #expect(choose(["application/*"], ["application/xml", "application/json"]) == "application/xml")
    }

    @Test func theMostSpecificRangeGivesTheQuality() {
        #expect(choose(["*/*;q=0.1, application/xml"], ["application/json", "application/xml"]) == "application/xml")
        #expect(choose(["application/*;q=0.2", "application/json;q=0"], ["application/json", "application/xml"]) == "application/xml")
        #expect(choose(["text/*"], ["application/json"]) == nil)
    }

    @Test func structuredSuffixesMatchJSON() {
        #expect(choose(["application/json"], ["application/problem+json"]) == "application/problem+json")
        #expect(choose(["application/*+json"], ["application/xml", "application/vnd.api+json"]) == "application/vnd.api+json")
        #expect(choose(["application/vnd.api+json"], ["application/json"]) == nil)
    }
}
