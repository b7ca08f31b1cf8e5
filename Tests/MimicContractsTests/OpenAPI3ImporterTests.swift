import MimicTestSupport
import Testing
@testable import MimicContracts

@Suite struct OpenAPI3ImporterTests {
    @Test func theFirstServersPathPrefixesEveryPath() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.3
            info: {title: Backups, version: "1"}
            servers:
              - url: https://app.example.com/api/{version}
                variables: {version: {default: "3"}}
            paths:
              /stacks/{stack_id}/backups:
                get:
                  parameters: [{name: stack_id, in: path, required: true, schema: {type: string}}]
                  responses: {"200": {description: OK}}
            """)
        #expect(diagnostics == [])
        #expect(contracts.operations.map(\.path.description) == ["/api/3/stacks/{stack_id}/backups"])
        #expect(contracts.contracts[0].basePath.description == "/api/3")
    }

    @Test func parametersKeepStyleExplodeAndCookies() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.3
            info: {title: Filters, version: "1"}
            paths:
              /backups:
                get:
                  parameters:
                    - {name: status, in: query, style: form, explode: true, schema: {type: array, items: {type: string, enum: [SUCCESS, FAILED]}}}
                    - {name: ids, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: integer}}}
                    - {name: filter, in: query, style: deepObject, schema: {type: object}}
                    - {name: session, in: cookie, required: true, schema: {type: string}}
                  responses: {"200": {description: OK}}
            """)
        #expect(diagnostics == [])
        let parameters = contracts.operations[0].parameters
        #expect(parameters.map(\.style) == [.form, .spaceDelimited, .deepObject, .form])
        #expect(parameters.map(\.explode) == [true, false, false, true])
        #expect(parameters.map(\.location) == [.query, .query, .query, .cookie])
        #expect(contracts.schemas.isMultivalued(parameters[0]) && parameters[3].required)
    }

    @Test func requestBodiesResponsesAndNamedExamplesAreReadPerMediaType() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.1.0
            info: {title: Pets, version: "1"}
            paths:
              /pets:
                post:
                  requestBody:
                    $ref: "#/components/requestBodies/NewPet"
                  responses:
                    "201":
                      description: Created
                      headers:
                        Location: {schema: {type: string, format: uri}}
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Pet"}
                          examples:
                            rex: {summary: A dog, value: {name: Rex}}
                            tom: {$ref: "#/components/examples/Tom"}
                    4XX: {description: Client error}
            components:
              requestBodies:
                NewPet:
                  required: true
                  content:
                    application/json: {schema: {$ref: "#/components/schemas/Pet"}}
                    application/x-www-form-urlencoded: {schema: {$ref: "#/components/schemas/Pet"}}
              examples:
                Tom: {value: {name: Tom}}
              schemas:
                Pet:
                  type: [object, "null"]
                  properties:
                    name: {type: string, minLength: 1}
                    age: {type: integer, exclusiveMinimum: 0}
            """)
        #expect(diagnostics == [])
        let operation = contracts.operations[0]
        #expect(operation.requestBody?.required == true)
        #expect(operation.consumes == ["application/json", "application/x-www-form-urlencoded"])
        #expect(operation.responses.map(\.status) == [.code(201), .range(4)])
        let created = operation.responses[0]
        #expect(created.headers.map(\.name) == ["Location"])
        #expect(created.contents[0].examples.map(\.name) == ["rex", "tom"])
        #expect(created.contents[0].examples.map(\.value) == [
            .json(.object([JSONMember("name", .string("Rex"))])), .json(.object([JSONMember("name", .string("Tom"))])),
        ])
        let pet = contracts.schemas.resolve(try #require(created.contents[0].schema))
        #expect(pet.types == [.object, .null])
        #expect(pet.properties[1].schema.minimum == NumericBound(0, exclusive: true))
    }

    @Test func recursiveSchemasLoadAsReferences() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.0
            info: {title: Tree, version: "1"}
            paths:
              /nodes:
                get:
                  responses:
                    "200":
                      description: OK
                      content: {application/json: {schema: {$ref: "#/components/schemas/Node"}}}
            components:
              schemas:
                Node:
                  type: object
                  nullable: true
                  properties:
                    children: {type: array, items: {$ref: "#/components/schemas/Node"}}
            """)
        #expect(diagnostics == [])
        let node = contracts.schemas.resolve(try #require(contracts.operations[0].responses[0].contents[0].schema))
        #expect(node.nullable && node.types == [.object, .null])
        #expect(node.properties[0].schema.items?.reference == contracts.operations[0].responses[0].contents[0].schema?.reference)
    }

    @Test func unsupportedVersionsAreNamed() throws {
        let (_, diagnostics) = try ContractFixture.load("openapi: 4.0.0\ninfo: {title: Future, version: '1'}\npaths: {}\n")
        #expect(diagnostics == ["api.yaml:1:10: error: version '4.0.0' is not supported; Mimic reads Swagger 2.0 and OpenAPI 3.0 and 3.1 [load.unsupported-version]"])
    }
}

@Suite struct ExampleValueTests {
    @Test func anExampleReadsAsDumpShowsIt() throws {
        let (contracts, _) = try ContractFixture.load("""
            openapi: 3.0.0
            info: {title: Keys, version: "1"}
            paths:
              /p:
                get:
                  responses:
                    "200":
                      description: OK
                      content: {application/json: {example: {a: 1, 200: ok, 1.50: f, a: 2}}}
            """)
        let example = try #require(contracts.operations[0].responses[0].contents[0].examples.first?.value)
        #expect(example == .json(.object([JSONMember("a", .integer(2)), JSONMember("200", .string("ok")), JSONMember("1.5", .string("f"))])))
    }
}
