import MimicTestSupport
import Testing
@testable import MimicContracts

@Suite struct Swagger2ImporterTests {
    @Test func pathsGoUnderTheBasePathWithEveryMethod() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: Pets, version: "1"}
            basePath: /v2
            paths:
              /pets:
                get: {operationId: listPets, responses: {200: {description: OK}}}
                post: {operationId: addPet, responses: {201: {description: Created}}}
            """)
        #expect(diagnostics == [])
        #expect(contracts.operations.map(\.key) == ["GET /v2/pets", "POST /v2/pets"])
        #expect(contracts.operations.map(\.operationId) == ["listPets", "addPet"])
        #expect(contracts.operations[1].responses.map(\.status) == [.code(201)])
    }

    @Test func parametersKeepTypeFormatEnumBoundsAndCollectionFormat() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: Pets, version: "1"}
            paths:
              /pets/{petId}:
                parameters:
                  - {name: petId, in: path, required: true, type: integer, format: int64, minimum: 1}
                get:
                  parameters:
                    - {name: status, in: query, type: array, items: {type: string, enum: [available, sold]}, collectionFormat: pipes}
                    - {name: limit, in: query, type: integer, maximum: 100, default: 20}
                    - {name: X-Trace, in: header, type: string, pattern: "^[a-f0-9]+$", required: true}
                  responses: {200: {description: OK}}
            """)
        #expect(diagnostics == [])
        let parameters = contracts.operations[0].parameters
        #expect(parameters.map(\.name) == ["petId", "status", "limit", "X-Trace"])
        #expect(parameters[0].schema.types == [.integer] && parameters[0].schema.format == "int64" && parameters[0].schema.minimum == NumericBound(1))
        #expect(contracts.schemas.isMultivalued(parameters[1]) && parameters[1].style == .pipeDelimited && !parameters[1].explode)
        #expect(parameters[1].schema.items?.enumValues == [.string("available"), .string("sold")])
        #expect(parameters[2].schema.maximum == NumericBound(100) && parameters[2].schema.defaultValue == .integer(20))
        #expect(parameters[3].location == .header && parameters[3].required && parameters[3].schema.pattern == "^[a-f0-9]+$")
    }

    @Test func untypedParametersAreStringsWithALocatedWarning() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: Things, version: "1"}
            paths:
              /things/{thing_id}:
                get:
                  parameters:
                  - in: query
                    name: vendor_id
                  - in: path
                    name: thing_id
                  responses:
                    200:
                      description: OK
            """)
        #expect(diagnostics == [
            "api.yaml:7:9: warning: parameter 'vendor_id' (query) declares no type; Mimic treats it as a string [import.missing-type]",
            "api.yaml:9:9: warning: parameter 'thing_id' (path) declares no type; Mimic treats it as a string [import.missing-type]",
            "api.yaml:9:9: warning: path parameter 'thing_id' is not marked 'required: true'; path parameters are always required [import.path-parameter-not-required]",
        ])
        let parameters = contracts.operations[0].parameters
        #expect(parameters.map(\.schema.types) == [[.string], [.string]])
        #expect(parameters.map(\.isTypeDeclared) == [false, false])
        #expect(parameters.map(\.required) == [false, true])
    }

    @Test func bodyParameterBecomesTheRequestBodyInEveryConsumedMediaType() throws {
        let (contracts, _) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: Pets, version: "1"}
            consumes: [application/json, application/xml]
            paths:
              /pets:
                post:
                  parameters:
                    - {name: pet, in: body, required: true, schema: {$ref: "#/definitions/Pet"}}
                  responses: {200: {description: OK, schema: {$ref: "#/definitions/Pet"}, examples: {application/json: {name: Rex}}}}
            definitions:
              Pet:
                type: object
                required: [name]
                properties:
                  name: {type: string}
            """)
        let operation = contracts.operations[0]
        #expect(operation.requestBody?.required == true)
        #expect(operation.requestBody?.contents.map(\.mediaType) == ["application/json", "application/xml"])
        let reference = try #require(operation.requestBody?.contents[0].schema?.reference)
        #expect(reference.hasSuffix("api.yaml#/definitions/Pet"))
        #expect(contracts.schemas[reference]?.required == ["name"])
        let response = operation.responses[0]
        #expect(response.contents.map(\.mediaType) == ["application/json"])
        #expect(response.contents[0].examples.map(\.value) == [.json(.object([JSONMember("name", .string("Rex"))]))])
    }

    @Test func securityDefinitionsAndRequirementsAreRead() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: Pets, version: "1"}
            securityDefinitions:
              key: {type: apiKey, name: X-API-Key, in: header}
              login: {type: basic}
            security: [{key: []}]
            paths:
              /pets:
                get: {responses: {200: {description: OK}}}
                delete: {security: [{login: []}], responses: {204: {description: Gone}}}
            """)
        #expect(diagnostics == [])
        #expect(contracts.contracts[0].securitySchemes.map(\.kind) == [.apiKey(parameterName: "X-API-Key", location: .header), .http(scheme: "basic")])
        #expect(contracts.operations.map(\.security) == [[SecurityRequirement(schemeNames: ["key"])], [SecurityRequirement(schemeNames: ["login"])]])
    }

    @Test func aReferenceToNowhereIsALocatedError() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: Pets, version: "1"}
            paths:
              /pets:
                get:
                  responses:
                    200:
                      description: OK
                      schema:
                        $ref: "#/definitions/Missing"
            """)
        #expect(diagnostics == ["api.yaml:10:19: error: $ref '#/definitions/Missing' points at nothing: this file has no /definitions/Missing [ref.unresolved]"])
        #expect(contracts.operations.count == 1)
    }

    @Test func referencesReachIntoOtherFiles() throws {
        let fixture = try ContractFixture([
            ("api.yaml", """
                swagger: "2.0"
                info: {title: Pets, version: "1"}
                paths:
                  /pets:
                    get:
                      parameters: [{$ref: "shared/parameters.yaml#/limit"}]
                      responses: {200: {description: OK, schema: {$ref: "shared/pet.yaml"}}}
                """),
            ("shared/parameters.yaml", "limit: {name: limit, in: query, type: integer}\n"),
            ("shared/pet.yaml", "type: object\nproperties: {name: {type: string}}\n"),
        ])
        defer { fixture.remove() }
        let contracts = fixture.load("api.yaml")
        #expect(fixture.summaries(contracts) == [])
        #expect(contracts.operations[0].parameters.map(\.name) == ["limit"])
        let reference = try #require(contracts.operations[0].responses[0].contents[0].schema?.reference)
        #expect(contracts.schemas[reference]?.properties.map(\.name) == ["name"])
    }

    @Test func fragmentsInTheSameFolderAreNotReportedAsUnknownDocuments() throws {
        let fixture = try ContractFixture([
            ("api.yaml", """
                swagger: "2.0"
                info: {title: Pets, version: "1"}
                paths:
                  /pets:
                    get: {responses: {200: {description: OK, schema: {$ref: "pet.yaml"}}}}
                """),
            ("pet.yaml", "type: object\n"),
            ("notes.yaml", "just: a note\n"),
        ])
        defer { fixture.remove() }
        #expect(fixture.summaries(fixture.load()) == [
            "notes.yaml:1:1: error: this document (a mapping) is not a contract: expected 'swagger: \"2.0\"', 'openapi: 3.x', or a Postman collection's 'info' and 'item' [load.unknown-format]",
        ])
    }
}
