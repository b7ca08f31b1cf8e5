import MimicHTTPTypes
import Testing

@Suite struct MediaTypeTests {
    @Test func theEssenceIsLowerCaseAndParametersKeepTheirValues() {
        let mediaType = MediaType("Application/JSON ; Charset=UTF-8")
        #expect(mediaType.essence == "application/json")
        #expect(mediaType.parameters == [ParameterizedValue.Parameter(name: "charset", value: "UTF-8")])
        #expect(mediaType.parameter(named: "charset") == "UTF-8")
        #expect(mediaType.isJSON)
    }

    @Test func jsonIsTheJSONSubtypeOrAnyPlusJSONSuffix() {
        #expect(MediaType("application/problem+json").isJSON)
        #expect(MediaType("text/json").isJSON)
        #expect(!MediaType("application/jsonl").isJSON)
        #expect(!MediaType("text/plain").isJSON)
    }

    @Test func formsAreRecognisedByTheirEssence() {
        #expect(MediaType("application/x-www-form-urlencoded; charset=utf-8").isURLEncodedForm)
        #expect(MediaType("Multipart/Form-Data; boundary=XyZ").isMultipartForm)
        #expect(!MediaType("multipart/mixed; boundary=XyZ").isMultipartForm)
    }

    @Test func aQuotedBoundaryMayHoldSemicolonsAndEscapes() {
        #expect(MediaType(#"multipart/form-data; boundary="a;b \"c\"""#).parameter(named: "boundary") == #"a;b "c""#)
    }

    @Test func textWithoutASlashHasAnEmptySubtypeSoAMessageCanStillNameIt() {
        #expect(MediaType("garbage").essence == "garbage/")
        #expect(MediaType("").essence == "/")
    }
}

@Suite struct ParameterizedValueTests {
    @Test func readsTheTokenAndEveryParameterInOrder() {
        let value = ParameterizedValue(#"form-data; NAME="field"; filename=report.csv; flag"#)
        #expect(value.token == "form-data")
        #expect(value.parameters == [
            ParameterizedValue.Parameter(name: "name", value: "field"),
            ParameterizedValue.Parameter(name: "filename", value: "report.csv"),
            ParameterizedValue.Parameter(name: "flag", value: ""),
        ])
    }

    @Test func theFirstOfARepeatedParameterCountsAndNamelessOnesAreDropped() {
        let value = ParameterizedValue("text/plain; q=0.5; =x; q=0.9")
        #expect(value.parameter(named: "q") == "0.5")
        #expect(value.parameters.count == 2)
    }

    @Test func unquotingReadsEscapesAndStopsAtTheClosingQuote() {
        #expect((#""a \"b\"" tail"# as Substring).unquoted() == #"a "b""#)
        #expect(("token" as Substring).unquoted() == "token")
        #expect((#""unterminated"# as Substring).unquoted() == "unterminated")
    }
}
