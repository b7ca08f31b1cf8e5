import Testing
@testable import MimicContracts

@Suite struct PathTemplateTests {
    @Test func readsLiteralAndTemplatedSegments() {
        let template = PathTemplate("/api/backups/{guid}")
        #expect(template.segments == [.literal("api"), .literal("backups"), .parameter("guid")])
        #expect(template.parameterNames == ["guid"])
    }

    @Test func readsSegmentsThatMixTextAndParameters() {
        let template = PathTemplate("/files/{name}.{extension}")
        #expect(template.segments == [.literal("files"), .pattern([.parameter("name"), .literal("."), .parameter("extension")])])
        #expect(template.description == "/files/{name}.{extension}")
    }

    @Test func shapeErasesParameterNamesSoRenamedTemplatesMatch() {
        #expect(PathTemplate("/stacks/{id}/backups").shape == PathTemplate("/stacks/{stack_id}/backups").shape)
        #expect(PathTemplate("/stacks/{id}/backups").shape == "/stacks/{}/backups")
    }

    @Test func collapsesRepeatedAndTrailingSlashes() {
        #expect(PathTemplate("//v1//records/").description == "/v1/records")
        #expect(PathTemplate("/").description == "/")
    }

    @Test func prefixingPutsTheBasePathFirst() {
        #expect(PathTemplate("/backups").prefixed(by: PathTemplate("/api/3")).description == "/api/3/backups")
        #expect(PathTemplate("/backups").prefixed(by: PathTemplate("/")).description == "/backups")
    }
}

@Suite struct ResponseStatusTests {
    @Test func readsCodesRangesAndDefault() {
        #expect(ResponseStatus("201") == .code(201))
        #expect(ResponseStatus("2XX") == .range(2))
        #expect(ResponseStatus("4xx") == .range(4))
        #expect(ResponseStatus("default") == .default)
    }

    @Test func rejectsAnythingElse() {
        #expect(ResponseStatus("OK") == nil)
        #expect(ResponseStatus("2000") == nil)
        #expect(ResponseStatus("099") == nil)
        #expect(ResponseStatus("6XX") == nil)
    }

    @Test func onlyTwoHundredsAreSuccesses() {
        #expect(ResponseStatus.code(204).isSuccess)
        #expect(ResponseStatus.range(2).isSuccess)
        #expect(!ResponseStatus.code(302).isSuccess)
        #expect(!ResponseStatus.default.isSuccess)
    }
}
