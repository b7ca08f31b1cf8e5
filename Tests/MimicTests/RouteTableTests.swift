import Foundation
import Mimic
import MimicContracts
import MimicTestSupport
import Testing

@Suite struct RouteTableTests {
    /// A parameter is multivalued, and described by its items, when its schema is an array once references are
    /// followed and `allOf` merged; a scalar wrapped in an `allOf` is described by its merged type.
    @Test func parametersAreDescribedByTheirFlattenedSchemas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-routes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("api.yaml")
        try """
            openapi: 3.0.3
            info: {title: Fixture, version: "1"}
            paths:
              /items:
                get:
                  parameters:
                    - {name: limit, in: query, schema: {allOf: [{$ref: '#/components/schemas/Limit'}]}}
                    - {name: ids, in: query, schema: {$ref: '#/components/schemas/Ids'}}
                    - {name: tags, in: query, schema: {allOf: [{$ref: '#/components/schemas/Tags'}]}}
                  responses:
                    '204': {description: No content}
            components:
              schemas:
                Limit: {type: integer, format: int32}
                Ids: {type: array, items: {type: integer}}
                Tags: {type: array, items: {type: string, enum: [a, b]}}
            """.write(to: file, atomically: true, encoding: .utf8)
        let table = RouteTable(ContractLoader().load([file.path]))
        #expect(table.json.serialized() == #"[{"method":"GET","path":"/items","operationId":null,"sources":["\#(file.path):6:7"],"parameters":["#
            + #"{"name":"limit","in":"query","required":false,"type":"integer","format":"int32","enum":null,"multivalued":false},"#
            + #"{"name":"ids","in":"query","required":false,"type":"integer","format":null,"enum":null,"multivalued":true},"#
            + #"{"name":"tags","in":"query","required":false,"type":"string","format":null,"enum":["a","b"],"multivalued":true}]}]"#)
    }
}
