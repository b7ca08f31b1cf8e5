import MimicContracts
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

@Suite struct ResourceInferenceTests {
    private func describe(_ method: String, _ path: String) -> String {
        var catalog = ResourceCatalog(ContractFixture.seed.operations)
        let inference = ResourceInference(for: ContractFixture.seed.operation(method, path), in: &catalog)
        let describe: (InferredResource) -> String = { resource in
            let parent = resource.parent.map { " parent \($0.field)←{\($0.parameter)}" } ?? ""
            return "\(resource.name) \(resource.identifierField) [\(resource.fields.joined(separator: ","))]\(parent)"
        }
        return switch inference {
        case .token: "token"
        case .item(let resource, .pathParameter(let name)): "item {\(name)} of " + describe(resource)
        case .item(let resource, .named(let name)): "member \(name) of " + describe(resource)
        case .collection(let resource): "collection " + describe(resource)
        case .created(let resource): "created " + describe(resource)
        case .empty: "empty"
        }
    }

    @Test func backupifyResources() {
        #expect(describe("POST", "/oauth/token") == "token")
        #expect(describe("GET", "/v1/authenticate_vendor") == "empty")
        #expect(describe("GET", "/v1/backup_definitions") == "collection backup_definitions id [id,description,name,published]")
        #expect(describe("PUT", "/v1/backup_definitions/{backup_definition_id}")
            == "item {backup_definition_id} of backup_definitions id [id,description,name,published]")
        #expect(describe("GET", "/v1/backup_definitions/{backup_definition_id}/variables/{key}")
            == "item {key} of variables key [id,key,backup_definition_id,default_value,description,name,optional] parent backup_definition_id←{backup_definition_id}")
        #expect(describe("POST", "/v1/backup_instances/{backup_instance_id}/backups")
            == "created backups id [id,backup_instance_id] parent backup_instance_id←{backup_instance_id}")
        #expect(describe("GET", "/v1/backup_instances/{backup_instance_id}/backups/active")
            == "member active of backups id [id,backup_instance_id] parent backup_instance_id←{backup_instance_id}")
        #expect(describe("GET", "/v1/backup_instances/{backup_instance_id}/endpoints/{endpoint_name}/records")
            == "collection records id [id,endpoint_name] parent endpoint_name←{endpoint_name}")
        #expect(describe("POST", "/v1/backup_instances/{backup_instance_id}/exports/{export_id}/reauth").hasPrefix(
            "item {export_id} of exports id [id,backup_instance_id,backup_run_id,content_types,export_datetime,export_formats,force_full,send_confirmation]"))
    }

    @Test func singulars() {
        #expect(["backup_definitions", "policies", "addresses", "boxes", "status", "data"].map(EnglishNoun.singular)
            == ["backup_definition", "policy", "address", "box", "status", "data"])
        #expect(["batches", "wishes", "statuses", "bonuses", "beaches", "caches", "houses", "responses", "uses", "access", "s"].map(EnglishNoun.singular)
            == ["batch", "wish", "status", "bonus", "beach", "cache", "house", "response", "use", "access", "s"])
    }

    @Test func aCreatedEntityWrappedInItsSingularIsUnwrapped() throws {
        let engine = try MockEngine(contract: """
            openapi: 3.0.3
            info: {title: Fixture, version: "1"}
            paths:
              /v1/batches:
                post:
                  requestBody: {content: {application/json: {}}}
                  responses: {"201": {description: created}}
              /v1/batches/{batch_id}:
                get:
                  responses: {"200": {description: found}}
            """)
        let result = engine.respond("POST", "/v1/batches", headers: ["Content-Type": "application/json"], body: #"{"batch":{"label":"nightly"}}"#)
        #expect(result.response.status == 201)
        #expect(String(decoding: result.response.body, as: UTF8.self) == #"{"id":9851,"label":"nightly"}"#)
    }
}
