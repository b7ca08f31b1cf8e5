import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts

/// The contracts in `Contracts/`, loaded as `mimic serve` loads them.
@Suite struct SeedContractsTests {
    let contracts = ContractLoader().load([ContractFixture.seedFolder])

    private func operations(under prefix: String, excluding other: [String] = []) -> [APIOperation] {
        contracts.operations.filter { operation in
            let path = operation.path.description
            return path.hasPrefix(prefix) && !other.contains { path.hasPrefix($0) }
        }
    }

    @Test func everySeedOperationIsServedOnce() {
        #expect(contracts.files.count == 5)
        #expect(contracts.operations.count == 49)
        #expect(operations(under: "/api/3/").count == 5)
        #expect(operations(under: "/api/", excluding: ["/api/3/"]).count == 16)
        #expect(operations(under: "/", excluding: ["/api/"]).count == 28)
        #expect(Set(contracts.operations.map(\.key)).count == 49)
    }

    @Test func theContractsLoadWithoutErrors() {
        #expect(contracts.diagnostics.filter { $0.severity == .error }.map(\.summary) == [])
    }

    @Test func groupedIsALiteralRouteBesideTheGuidTemplate() {
        let paths = contracts.operations.filter { $0.method == "GET" }.map(\.path.description)
        #expect(paths.contains("/api/backups/grouped"))
        #expect(paths.contains("/api/backups/{guid}"))
    }

    @Test func postmanOnlyOperationsJoinTheSwaggerOnes() {
        let backupify = operations(under: "/", excluding: ["/api/"])
        let postmanOnly = backupify.filter { $0.sources.allSatisfy { $0.file.hasSuffix(".postman_collection.json") } }
        #expect(postmanOnly.count == 6)
        let fromBoth = backupify.filter { operation in
            operation.sources.contains { $0.file.hasSuffix("backupify.swagger.yaml") } && operation.sources.contains { $0.file.hasSuffix(".json") }
        }
        #expect(!fromBoth.isEmpty)
    }

    @Test func backupifyUntypedParametersAreWarnedAboutWithTheirPlace() {
        let warnings = contracts.diagnostics.filter { $0.code == "import.missing-type" }
        #expect(!warnings.isEmpty)
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.source.file.contains("/backupify/") && $0.source.location.line > 1 })
        #expect(warnings.contains { $0.message == "parameter 'vendor_id' (query) declares no type; Mimic treats it as a string" })
    }

    @Test func theSeedEnumsAreDeclared() throws {
        let listBackups = try #require(contracts.operations.first { $0.key == "GET /api/backups" })
        let status = try #require(listBackups.parameter("status", in: .query))
        #expect(contracts.schemas.isMultivalued(status))
        #expect(contracts.schemas.valueSchema(of: status).enumValues?.count == 6)
        #expect(listBackups.parameter("protected-entity-type", in: .query) != nil)
        let cloud66List = try #require(contracts.operations.first { $0.key == "GET /api/3/stacks/{}/backups" })
        #expect(cloud66List.parameters.contains { $0.name == "db_type" })
    }
}
