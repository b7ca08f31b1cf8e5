import MimicTestSupport
import Testing

/// Seeds 003 and 004 exist only as prose; their contracts in `Contracts/` are hand transcriptions. These tests read
/// the prose and pin that the transcriptions declare what it documents, so neither can drift from the other.
@Suite(.requires(TranscribedSeed.seeds))
struct SeedTranscriptionTests {
    @Test("The reader finds every operation each seed documents", arguments: TranscribedSeed.all)
    func readerFindsEveryDocumentedOperation(seed: TranscribedSeed) throws {
        #expect(try seed.documentedOperations().count == seed.documentedOperationCount)
    }

    @Test func vProtectReaderReadsQuotedAlternativesAsEnumValuesAndMultivaluedYesAsAList() throws {
        let listBackups = try #require(try TranscribedSeed.vProtect.documentedOperations().first { $0.methodAndPath == "GET /backups" })
        let status = try #require(listBackups.parameters.first { $0.name == "status" })
        #expect(status == DocumentedParameter(
            name: "status", location: "query", type: "string", format: nil,
            enumValues: ["FAILED", "INPROGRESS", "PARTIAL_SUCCESS", "QUEUED", "SUCCESS", "SUCCESS_REMOVED"],
            required: false, multivalued: true
        ))
    }

    @Test func cloud66ReaderMergesNewAndImportBackupIntoOnePostWhoseModeSpecificParametersAreOptional() throws {
        let createBackup = try #require(
            try TranscribedSeed.cloud66.documentedOperations().first { $0.methodAndPath == "POST /stacks/{stack_id}/backups" }
        )
        #expect(createBackup.parameters.map(\.name) == [
            "stack_id", "db_type", "frequency", "keep_count", "gzip", "excluded_tables", "run_on_replica_server",
            "group", "remote_url",
        ])
        #expect(createBackup.parameters.filter(\.required).map(\.name) == ["stack_id"])
        let databaseType = try #require(createBackup.parameters.first { $0.name == "db_type" })
        #expect(databaseType.enumValues == ["all", "mysql", "postgresql", "redis", "mongodb"])
        #expect(databaseType.multivalued)
    }

    @Test("The transcription declares exactly the documented operations", arguments: TranscribedSeed.all)
    func transcriptionDeclaresExactlyTheDocumentedOperations(seed: TranscribedSeed) throws {
        let documented = try seed.documentedOperations().map(\.methodAndPath)
        let transcribed = try seed.transcribedOperations().map(\.methodAndPath)
        for operation in documented where !transcribed.contains(operation) {
            Issue.record("\(seed.contractFile) lacks the documented operation \(operation)")
        }
        for operation in transcribed where !documented.contains(operation) {
            Issue.record("\(seed.contractFile) declares \(operation), which the seed does not document")
        }
        #expect(transcribed.count == seed.documentedOperationCount)
    }

    @Test("The transcription declares every documented parameter as documented", arguments: TranscribedSeed.all)
    func transcriptionDeclaresEveryDocumentedParameterAsDocumented(seed: TranscribedSeed) throws {
        let transcribedOperations = try seed.transcribedOperations()
        for operation in try seed.documentedOperations() {
            guard let transcribed = transcribedOperations.first(where: { $0.methodAndPath == operation.methodAndPath }) else {
                continue  // reported by transcriptionDeclaresExactlyTheDocumentedOperations
            }
            for parameter in operation.parameters {
                let transcribedParameter = transcribed.parameters.first { $0.name == parameter.name }
                #expect(transcribedParameter == parameter, "\(operation.methodAndPath), parameter \(parameter.name)")
            }
            for parameter in transcribed.parameters where !operation.parameters.contains(where: { $0.name == parameter.name }) {
                Issue.record("\(operation.methodAndPath) declares parameter \(parameter.name), which the seed does not document")
            }
        }
    }
}
