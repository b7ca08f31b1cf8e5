import MimicTestSupport
import Testing
@testable import MimicContracts

/// The schema a saved JSON request body declares, as Prism's generator infers it, with Mimic's choices for
/// `null` and empty arrays.
@Suite struct ExampleSchemaInferenceTests {
    private func inferred(_ texts: String...) throws -> String {
        shape(ExampleSchemaInference.schema(fitting: try texts.map { try JSONValue(parsingJSONText: Array($0.utf8)) }))
    }

    @Test func propertiesAreTypedFromTheExampleAndNoneIsRequired() throws {
        #expect(try inferred(#"{"id": 100, "price": 9.5, "whole": 2.0, "name": "Rex", "ok": true, "owner": {"id": 1}}"#)
            == "object{id: integer, price: number, whole: integer, name: string, ok: boolean, owner: object{id: integer}}")
    }

    @Test func nullAndEmptyArraysLeaveTheValueUnchecked() throws {
        #expect(try inferred(#"{"note": null, "tags": [], "ids": [null]}"#) == "object{note: any, tags: array, ids: array[any]}")
        #expect(try inferred("null") == "any")
    }

    @Test func arrayItemsFitEveryElement() throws {
        #expect(try inferred(#"[{"a": 1}, {"b": "x"}, {"a": 2.5}]"#) == "array[object{a: number, b: string}]")
        #expect(try inferred(#"[1, "two", true, [3]]"#) == "array[integer|string|boolean|array[integer]]")
    }

    @Test func severalExamplesGiveTheUnionOfTheirShapes() throws {
        #expect(try inferred(#"{"to": "1", "image": {"id": "a"}}"#, #"{"to": 2, "text": {"body": "b"}}"#)
            == "object{to: string|integer, image: object{id: string}, text: object{body: string}}")
        #expect(try inferred("1", "2.5") == "number")
    }

    @Test func readingVariablesTakesOnePassWhateverTheText() {
        let unclosed = Array(String(repeating: "{{", count: 400_000).utf8)
        let closed = Array(String(repeating: "{{a}}", count: 200_000).utf8)
        let started = ContinuousClock.now
        #expect(PostmanImporter.variablesAsNull(unclosed) == unclosed)
        #expect(PostmanImporter.variablesAsNull(closed).count == 800_000)
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func postmanVariablesOutsideStringsAreReadAsNull() {
        let text = #"{"id": {{id}}, "name": "{{name}}", "say": "\"{{x}}\"", "n": {{a}}{{b}}, "open": {{"#
        #expect(String(decoding: PostmanImporter.variablesAsNull(Array(text.utf8)), as: UTF8.self)
            == #"{"id": null, "name": "{{name}}", "say": "\"{{x}}\"", "n": nullnull, "open": {{"#)
    }
}
