import MimicTestSupport
import Testing
@testable import MimicContracts

/// Schemas' `xml` objects, read alike from Swagger 2 and OpenAPI 3, and the warning for response content Mimic
/// can only serve as plain text.
@Suite struct XMLAnnotationImportTests {
    @Test func swagger2KeepsTheXMLObjectOfASchemaAndOfItsProperties() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: Pets, version: "1"}
            produces: [application/xml]
            paths:
              /pet:
                get:
                  responses:
                    200:
                      description: OK
                      schema:
                        type: object
                        xml: {name: Pet, namespace: "urn:pets", prefix: p}
                        properties:
                          id: {type: integer, xml: {attribute: true}}
                          tags: {type: array, xml: {wrapped: true}, items: {type: string, xml: {name: tag}}}
            """)
        #expect(diagnostics == [])
        let schema = try #require(contracts.operations[0].responses[0].contents[0].schema)
        #expect(schema.xml == XMLAnnotation(name: "Pet", namespace: "urn:pets", prefix: "p"))
        #expect(schema.properties.map(\.schema.xml) == [XMLAnnotation(attribute: true), XMLAnnotation(wrapped: true)])
        #expect(schema.properties[1].schema.items?.xml == XMLAnnotation(name: "tag"))
    }

    @Test func openAPI3KeepsTheXMLObjectOfAComponent() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.3
            info: {title: Pets, version: "1"}
            paths:
              /pet:
                get:
                  responses:
                    200:
                      description: OK
                      content: {application/xml: {schema: {$ref: "#/components/schemas/Pet"}}}
            components:
              schemas:
                Pet: {type: object, xml: {name: pet, wrapped: false, attribute: false}}
            """)
        #expect(diagnostics == [])
        let schema = try #require(contracts.operations[0].responses[0].contents[0].schema)
        #expect(contracts.schemas.resolve(schema).xml == XMLAnnotation(name: "pet"))
    }

    @Test func textContentWithASchemaButNoExampleIsAWarning() throws {
        let (_, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.3
            info: {title: Pages, version: "1"}
            paths:
              /page:
                get:
                  responses:
                    200:
                      description: OK
                      content:
                        text/html: {schema: {type: object}}
                        text/plain: {schema: {type: string, example: pong}}
                        application/xml: {schema: {type: object}}
                        application/problem+json: {schema: {type: object}}
                post:
                  responses:
                    200: {description: OK, content: {text/html: {schema: {type: string}}}}
            """)
        #expect(diagnostics == [
            "api.yaml:10:13: warning: response content 'text/html' has a schema but no example; data generated from the schema is served as plain text (said once per media type in this file) [response.no-example-for-media-type]",
        ])
    }

    @Test func swagger2TextContentWithASchemaButNoExampleIsAWarningAtTheSchema() throws {
        let (_, diagnostics) = try ContractFixture.load("""
            swagger: "2.0"
            info: {title: Pages, version: "1"}
            produces: [application/json, text/csv]
            paths:
              /report:
                get:
                  responses:
                    200: {description: OK, schema: {type: string}}
            """)
        #expect(diagnostics == [
            "api.yaml:8:40: warning: response content 'text/csv' has a schema but no example; data generated from the schema is served as CSV rows (said once per media type in this file) [response.no-example-for-media-type]",
        ])
    }
}
