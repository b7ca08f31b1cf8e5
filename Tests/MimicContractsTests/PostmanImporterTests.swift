import Foundation
import MimicTestSupport
import MimicYAML
import Testing
@testable import MimicContracts

private let seed = WorkspaceFile.shared("seeds/002_1a737eb6af8092a8.txt")

/// Imports a collection text as `file`: the contract and the diagnostics of the load.
private func load(_ text: String, file: String = "c.json") throws -> (Contract, [String]) {
    let root = try #require(try YAML.parseFirstDocument(Array(text.utf8)))
    let session = LoadSession()
    let contract = PostmanImporter(context: ImportContext(file: file, session: session), root: root).importContract()
    return (contract, session.diagnostics.map(\.summary))
}

/// A parameter in one line: `location name required|optional type[/format] declared|undeclared "description" line:col`.
private func line(_ parameter: Parameter) -> String {
    let type = parameter.schema.types.map(\.rawValue).joined(separator: "|") + (parameter.schema.format.map { "/" + $0 } ?? "")
    return "\(parameter.location) \(parameter.name) \(parameter.required ? "required" : "optional") \(type)"
        + " \(parameter.isTypeDeclared ? "declared" : "undeclared") \"\(parameter.description ?? "")\""
        + " \(parameter.source.location.line):\(parameter.source.location.column)"
}

/// Contents in one line: `mediaType: example name = value, …; …` (JSON compact, text marked `text`).
private func line(_ contents: [MediaTypeContent]) -> String {
    contents.map { content in
        content.mediaType + ": " + content.examples.map { example in
            let value = switch example.value {
            case .json(let json): json.serialized()
            case .text(let text): "text " + text
            }
            return (example.name ?? "-") + " = " + value
        }.joined(separator: ", ")
    }.joined(separator: "; ")
}

/// A response in one line: `status "description" [contents] line:col`.
private func line(_ response: Response) -> String {
    "\(response.status) \"\(response.description ?? "")\" [\(line(response.contents))]"
        + " \(response.source.location.line):\(response.source.location.column)"
}

@Suite struct PostmanImporterTests {
    @Test(.requires(seed))
    func backupifySeed() throws {
        let (contract, diagnostics) = try load(String(contentsOfFile: seed.path, encoding: .utf8), file: "002.txt")
        #expect(diagnostics == [])
        #expect(contract.format == .postman)
        #expect(contract.title == "Backupify Retrieve an updated exported_data_url for a specific export for the specified backup_instance")
        #expect(contract.operations.map { "\($0.method) \($0.path) \($0.operationId ?? "-")" } == [
            "GET /v1/backup_instances getV1BackupInstances",
            "POST /v1/backup_instances postV1BackupInstances",
            "GET /v1/backup_instances/{backup_instance_id} getV1BackupInstancesBackupInstance",
            "PUT /v1/backup_instances/{backup_instance_id} putV1BackupInstancesBackupInstance",
            "GET /v1/backup_instances/{backup_instance_id}/backups getV1BackupInstancesBackupInstanceBackups",
            "POST /v1/backup_instances/{backup_instance_id}/backups postV1BackupInstancesBackupInstanceBackups",
            "GET /v1/backup_instances/{backup_instance_id}/backups/active getV1BackupInstancesBackupInstanceBackupsActive",
            "GET /v1/backup_instances/{backup_instance_id}/backups/{backup_id} getV1BackupInstancesBackupInstanceBackupsBackup",
            "GET /v1/backup_instances/{backup_instance_id}/endpoints getV1BackupInstancesBackupInstanceEndpoints",
            "GET /v1/backup_instances/{backup_instance_id}/endpoints/{endpoint_name} getV1BackupInstancesBackupInstanceEndpointsEndpointName",
            "GET /v1/backup_instances/{backup_instance_id}/endpoints/{endpoint_name}/records getV1BackupInstancesBackupInstanceEndpointsEndpointNameRecords",
            "GET /v1/backup_instances/{backup_instance_id}/endpoints/{endpoint_name}/records/{record_id} getV1BackupInstancesBackupInstanceEndpointsEndpointNameRecordsRecord",
            "GET /v1/backup_instances/{backup_instance_id}/endpoints/{endpoint_name}/records/{record_id}/blob getV1BackupInstancesBackupInstanceEndpointsEndpointNameRecordsRecordBlob",
            "GET /v1/backup_instances/{backup_instance_id}/exports getV1BackupInstancesBackupInstanceExports",
            "POST /v1/backup_instances/{backup_instance_id}/exports postV1BackupInstancesBackupInstanceExports",
            "GET /v1/backup_instances/{backup_instance_id}/exports/{export_id} getV1BackupInstancesBackupInstanceExportsExport",
            "POST /v1/backup_instances/{backup_instance_id}/exports/{export_id}/reauth postV1BackupInstancesBackupInstanceExportsExportReauth",
        ])
        for operation in contract.operations {
            let pathParameters = operation.parameters.filter { $0.location == .path }
            #expect(pathParameters.map(\.name).sorted() == operation.path.parameterNames.sorted(), "\(operation.key)")
            #expect(pathParameters.allSatisfy { $0.required }, "\(operation.key)")
            #expect(operation.parameters.allSatisfy { !$0.isTypeDeclared && $0.schema.types == [.string] }, "\(operation.key)")
            #expect(operation.responses.map { "\($0.status) \($0.description ?? "") \($0.contents.count)" } == ["200 OK 0"], "\(operation.key)")
            #expect(operation.requestBody == nil && operation.security.isEmpty && operation.tags == ["V1"], "\(operation.key)")
        }
        let byId = Dictionary(uniqueKeysWithValues: contract.operations.map { ($0.operationId ?? "", $0) })
        let list = try #require(byId["getV1BackupInstances"])
        #expect(list.sources.map(\.description) == ["002.txt:12:9"])
        #expect(list.summary == "getV1BackupInstances")
        #expect(list.description?.hasPrefix("It is only possible to retrieve backup_instances") == true)
        #expect(list.parameters.map(line) == [
            "query backup_definition_id optional string undeclared \"\" 16:20",
            "header Authorization optional string undeclared \"Bearer Access Token granted from client credentials authorizing vendor to perform action\" 19:15",
        ])
        let create = try #require(byId["postV1BackupInstances"])
        #expect(create.consumes == ["application/x-www-form-urlencoded"])
        #expect(create.parameters.filter { $0.location == .formData }.map(line) == [
            "formData backup_instance[backup_definition_id] optional string undeclared \"ID of the backup_definition to create a backup_instance for\" 57:17",
            "formData backup_instance[backup_frequency] optional string undeclared \"Frequency with which scheduled backups are performed\" 63:17",
            "formData backup_instance[customer_id] optional string undeclared \"ID of the customer to create the backup_instance for\" 69:17",
        ])
        let export = try #require(byId["postV1BackupInstancesBackupInstanceExports"])
        #expect(export.parameters.filter { $0.location == .formData }.map(\.name) == [
            "export_run[backup_run_id]", "export_run[content_types]", "export_run[export_datetime]",
            "export_run[export_formats]", "export_run[force_full]", "export_run[send_confirmation]",
        ])
        let blob = try #require(byId["getV1BackupInstancesBackupInstanceEndpointsEndpointNameRecordsRecordBlob"])
        #expect(blob.parameters.map(line) == [
            "path backup_instance_id required string undeclared \"\" 542:17",
            "path endpoint_name required string undeclared \"\" 547:17",
            "path record_id required string undeclared \"\" 552:17",
            "header Access-Token optional string undeclared \"Access Token granted from client credentials authorizing vendor to perform action\" 561:15",
        ])
    }

    @Test func urlObjectsOfVersion2_1() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "U", "version": {"major": 1, "minor": 2, "patch": 3}}, "item": [
              {"name": "get", "request": {"method": "get", "url": {
                "raw": "https://api.example.com/v1/pets/:petId/{{kind}}/x{{n}}.json?limit=1&tag=a",
                "host": ["api", "example", "com"], "path": ["v1", "pets", ":petId", "{{kind}}", "x{{n}}.json"],
                "query": [{"key": "limit", "value": "1", "description": {"content": "how many"}},
                          {"key": "tag", "value": "a", "disabled": true}],
                "variable": [{"key": "petId", "value": "7", "type": "number", "description": "the pet"},
                             {"id": "ghost", "value": ""}]}}},
              {"name": "raw only", "request": {"url": {"raw": "{{host}}/a/:b?c%20d=%7B%7D&&e#frag"}}}
            ]}
            """#)
        #expect(contract.version == "1.2.3")
        #expect(contract.operations.map { "\($0.method) \($0.path)" } == ["GET /v1/pets/{petId}/{kind}/x{n}.json", "GET /a/{b}"])
        #expect(contract.operations[0].parameters.map(line) == [
            "path petId required number declared \"the pet\" 7:18",
            "path kind required string undeclared \"\" 4:48",
            "path n required string undeclared \"\" 4:48",
            "query limit optional string undeclared \"how many\" 5:15",
            "query tag optional string undeclared \"\" 6:15",
        ])
        #expect(contract.operations[1].parameters.map(line) == [
            "path b required string undeclared \"\" 9:51",
            "query c d optional string undeclared \"\" 9:51",
            "query e optional string undeclared \"\" 9:51",
        ])
        #expect(diagnostics == ["c.json:8:18: warning: path parameter 'ghost' does not appear in the path '/v1/pets/{petId}/{kind}/x{n}.json'; it is ignored, and not required [import.unused-path-parameter]"])
    }

    @Test func requestsAsStringsAndVersion2_0Headers() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "S"}, "item": [
              {"name": "plain", "request": "http://example.com/status/200"},
              {"name": "headed", "request": {"url": "//example.com/h", "method": "post",
                "header": "Content-Type: text/csv\nX-Trace: 1\n", "body": {"mode": "raw", "raw": "a,b"}}},
              {"name": "upload", "request": {"url": "/files", "method": "PUT", "body": {"mode": "formdata", "formdata": [
                {"key": "file", "type": "file", "src": "a.png"}, {"key": "note", "type": "text", "disabled": true}]}}},
              {"name": "blob", "request": {"url": "/blob", "method": "POST", "body": {"mode": "file", "file": {"src": "x"}}}},
              {"name": "gql", "request": {"url": "/graphql", "method": "POST", "body": {"mode": "graphql", "graphql": {"query": "{a}"}}}}
            ]}
            """#)
        #expect(diagnostics == [])
        #expect(contract.operations.map { "\($0.method) \($0.path) \($0.consumes)" } == [
            "GET /status/200 []", "POST /h [\"text/csv\"]", "PUT /files [\"multipart/form-data\"]",
            "POST /blob [\"application/octet-stream\"]", "POST /graphql [\"application/json\"]",
        ])
        #expect(contract.operations[0].responses.isEmpty)
        #expect(contract.operations[1].parameters.map(line) == ["header X-Trace optional string undeclared \"\" 4:15"])
        #expect(contract.operations[1].requestBody.map { line($0.contents) } == "text/csv: - = text a,b")
        #expect(contract.operations[2].parameters.map(line) == [
            "formData file optional string/binary undeclared \"\" 6:5",
            "formData note optional string undeclared \"\" 6:54",
        ])
        #expect(contract.operations[3].requestBody?.contents.map(\.mediaType) == ["application/octet-stream"])
        #expect(contract.operations[4].requestBody?.contents.map { $0.schema == nil && $0.examples.isEmpty } == [true])
    }

    @Test func nestedFoldersAndBaseURLHosts() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "N"}, "variable": [{"key": "baseUrl", "value": "https://api.example.com/v2/"}, {"key": "bare", "value": "x.org"}],
             "item": [
              {"name": "Top", "item": [
                {"name": "Middle", "item": [
                  {"name": "deep", "request": {"url": "{{baseUrl}}/users/{{userId}}"}}]},
                {"name": "object", "request": {"url": {"host": ["{{baseUrl}}"], "path": ["users"]}}}]},
              {"name": "bare host", "request": {"url": "{{bare}}/ping"}},
              {"name": "unknown host", "request": {"url": "{{nowhere}}/ping"}}
            ]}
            """#)
        #expect(diagnostics == [])
        #expect(contract.operations.map { "\($0.path) \($0.tags)" } == [
            "/v2/users/{userId} [\"Top\", \"Middle\"]", "/v2/users [\"Top\"]", "/ping []", "/ping []",
        ])
        #expect(contract.operations[0].parameters.map(line) == ["path userId required string undeclared \"\" 5:43"])
        #expect(contract.operations.map { $0.sources[0].description } == ["c.json:5:7", "c.json:6:5", "c.json:7:3", "c.json:8:3"])
    }

    @Test func rawJSONBodies() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "B"}, "item": [
              {"name": "json", "request": {"url": "/a", "method": "POST",
                "header": [{"key": "content-type", "value": "application/json; charset=utf-8"}],
                "body": {"mode": "raw", "raw": "{\"name\": \"Rex\", \"tags\": [1, true, null]}"}}},
              {"name": "hinted", "request": {"url": "/b", "method": "POST",
                "body": {"mode": "raw", "raw": "{{payload}}", "options": {"raw": {"language": "json"}}}}},
              {"name": "sniffed", "request": {"url": "/c", "method": "POST", "body": {"mode": "raw", "raw": " [1, 2]"}}},
              {"name": "text", "request": {"url": "/d", "method": "POST", "body": {"mode": "raw", "raw": "hello"}}},
              {"name": "empty", "request": {"url": "/e", "body": {"mode": "raw", "raw": ""}}}
            ]}
            """#)
        #expect(diagnostics == [])
        let bodies = contract.operations.map { operation in
            operation.requestBody.map { "\(line($0.contents)) \($0.required) \($0.source.location.line):\($0.source.location.column)" }
        }
        #expect(bodies == [
            #"application/json: - = {"name":"Rex","tags":[1,true,null]} false 4:13"#,
            "application/json: - = null false 6:13",
            "application/json: - = [1,2] false 7:74",
            "text/plain: - = text hello false 8:71",
            nil,
        ])
        #expect(contract.operations.map(\.consumes) == [["application/json"], ["application/json"], ["application/json"], ["text/plain"], []])
        #expect(contract.operations.map { $0.requestBody?.contents.map { "\($0.schema.map(shape) ?? "none") \($0.isSchemaInferred)" } } == [
            ["object{name: string, tags: array[integer|boolean]} true"], ["any true"], ["array[integer] true"], ["none false"], nil,
        ])
        #expect(contract.operations[0].parameters.isEmpty)
    }

    @Test func aBodyThatIsTextIsARawBodyAsPrismReadsIt() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "B"}, "item": [
              {"request": {"url": "/a", "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": "{\"a\":0}"}},
              {"request": {"url": "/b", "method": "POST", "body": ""}}
            ]}
            """#)
        #expect(diagnostics == [])
        #expect(contract.operations.map { $0.requestBody.map { line($0.contents) } } == [#"application/json: - = {"a":0}"#, nil])
        #expect(contract.operations.map(\.consumes) == [["application/json"], []])
    }

    @Test func savedResponses() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "R"}, "item": [
              {"name": "pet", "request": {"url": "/pets/1"}, "response": [
                {"name": "found", "code": 200, "status": "OK", "header": [{"key": "Content-Type", "value": "application/json"}], "body": "{\"id\": 1}"},
                {"name": "found again", "code": 200, "status": "OK", "body": "{\"id\": 2}"},
                {"name": "as text", "code": 200, "body": "one", "_postman_previewlanguage": "text"},
                {"name": "missing", "code": 404, "status": "Not Found", "body": "no such pet"},
                {"name": "bare", "code": 500, "status": "Internal Server Error"},
                {"name": "wildcard", "code": 503, "header": [{"key": "Content-Type", "value": "*/*"}], "body": "[]"}
              ]}
            ]}
            """#)
        #expect(diagnostics == [])
        #expect(contract.operations[0].responses.map(line) == [
            "200 \"OK\" [application/json: found = {\"id\":1}, found again = {\"id\":2}; text/plain: as text = text one] 3:5",
            "404 \"Not Found\" [text/plain: missing = text no such pet] 6:5",
            "500 \"Internal Server Error\" [] 7:5",
            "503 \"\" [application/json: wildcard = []] 8:5",
        ])
        #expect(contract.operations[0].responses[0].contents[0].examples.map(\.source.location.line) == [3, 4])
    }

    @Test func authInheritance() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "A"}, "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "t"}]},
             "item": [
              {"name": "inherits", "request": {"url": "/a"}},
              {"name": "Keyed", "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Key"}, {"key": "in", "value": "query"}]},
               "item": [
                {"name": "folder key", "request": {"url": "/b"}},
                {"name": "open", "request": {"url": "/c", "auth": {"type": "noauth"}}},
                {"name": "basic", "request": {"url": "/d", "auth": {"type": "basic", "basic": {"username": "u"}}}},
                {"name": "Open", "auth": {"type": "noauth"}, "item": [{"name": "deep open", "request": {"url": "/e"}}]}]},
              {"name": "other key", "request": {"url": "/f", "auth": {"type": "apikey", "apikey": {"key": "X-Other"}}}},
              {"name": "bearer again", "request": {"url": "/g", "auth": {"type": "bearer"}}}
            ]}
            """#)
        #expect(diagnostics == [])
        #expect(contract.securitySchemes.map { "\($0.name) \($0.kind) \($0.source.location.line):\($0.source.location.column)" } == [
            "bearer http(scheme: \"bearer\") 1:33",
            "apikey apiKey(parameterName: \"X-Key\", location: MimicContracts.ParameterLocation.query) 4:29",
            "basic http(scheme: \"basic\") 8:56",
            "apikey-4 apiKey(parameterName: \"X-Other\", location: MimicContracts.ParameterLocation.header) 10:58",
        ])
        #expect(contract.operations.map { "\($0.path) \($0.security.map(\.schemeNames))" } == [
            "/a [[\"bearer\"]]", "/b [[\"apikey\"]]", "/c []", "/d [[\"basic\"]]", "/e []", "/f [[\"apikey-4\"]]", "/g [[\"bearer\"]]",
        ])
    }

    @Test func oauth2SendsItsAccessTokenAsABearerTokenOrAsTheAccessTokenQueryParameter() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "O"}, "item": [
              {"name": "header", "request": {"url": "/a", "auth": {"type": "oauth2", "oauth2": [{"key": "addTokenTo", "value": "header"}]}}},
              {"name": "query", "request": {"url": "/b", "auth": {"type": "oauth2", "oauth2": [{"key": "addTokenTo", "value": "queryParams"}]}}},
              {"name": "bare", "request": {"url": "/c", "auth": {"type": "oauth2"}}}
            ]}
            """#)
        #expect(diagnostics == [])
        #expect(contract.securitySchemes.map { "\($0.name) \($0.kind)" } == [
            "oauth2 http(scheme: \"bearer\")",
            "oauth2-2 apiKey(parameterName: \"access_token\", location: MimicContracts.ParameterLocation.query)",
        ])
        #expect(contract.operations.map { "\($0.path) \($0.security.map(\.schemeNames))" } == [
            "/a [[\"oauth2\"]]", "/b [[\"oauth2-2\"]]", "/c [[\"oauth2\"]]",
        ])
    }

    @Test func disabledQueryParametersAreDeclaredButOptional() throws {
        let (contract, _) = try load(#"""
            {"info": {"name": "D"}, "item": [{"name": "q", "request": {"url": {"raw": "/s?on=1", "path": ["s"],
              "query": [{"key": "on", "value": "1"}, {"key": "off", "value": "2", "disabled": true}]}}}]}
            """#)
        #expect(contract.operations[0].parameters.map(line) == [
            "query on optional string undeclared \"\" 2:13",
            "query off optional string undeclared \"\" 2:42",
        ])
    }

    @Test func malformedItemsAreReportedAndSkipped() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "M"}, "item": [
              {"name": "nothing"},
              "oops",
              {"name": "no url", "request": {"method": "GET"}},
              {"name": "odd url", "request": {"url": {"port": "80"}}},
              {"name": "odd auth", "request": {"url": "/a", "auth": {"type": "hawk"}}, "response": [{"name": "x", "code": 99}, {"name": "y"}]},
              {"name": "keyless", "request": {"url": "/b", "auth": {"type": "apikey", "apikey": []}}}
            ]}
            """#)
        #expect(contract.operations.map { "\($0.path) \($0.security.count) \($0.responses.map(\.status))" } == ["/a 0 []", "/b 0 []"])
        #expect(diagnostics == [
            "c.json:2:3: warning: item 'nothing' has neither 'request' nor 'item'; it is ignored [import.postman-empty-item]",
            "c.json:3:3: warning: an unnamed item has neither 'request' nor 'item'; it is ignored [import.postman-empty-item]",
            "c.json:4:33: warning: item 'no url' has no URL Mimic can read (a string, or an object with 'raw', 'host' or 'path'); it is ignored [import.postman-invalid-url]",
            "c.json:5:42: warning: item 'odd url' has no URL Mimic can read (a string, or an object with 'raw', 'host' or 'path'); it is ignored [import.postman-invalid-url]",
            "c.json:6:57: warning: auth type 'hawk' is not supported; requests are not checked for it [import.postman-unsupported-auth]",
            "c.json:6:111: warning: saved response 'x' has no status code from 100 to 599; it is ignored [import.postman-invalid-response]",
            "c.json:6:116: warning: saved response 'y' has no status code from 100 to 599; it is ignored [import.postman-invalid-response]",
            "c.json:7:56: warning: apikey auth names no 'key' (the header or query parameter); requests are not checked for it [import.postman-invalid-auth]",
        ])
    }

    @Test func aSavedResponseNamedAsAnEarlierOneIsAWarning() throws {
        let (contract, diagnostics) = try load(#"""
            {"info": {"name": "D"}, "item": [
              {"name": "get", "request": {"url": "/a"}, "response": [{"name": "ok", "code": 200}, {"name": "ok", "code": 404}, {"name": "other", "code": 200}]}
            ]}
            """#)
        #expect(contract.operations.map { "\($0.path) \($0.responses.map(\.status))" } == ["/a [200, 404]"])
        #expect(diagnostics == [
            "c.json:2:96: warning: saved response 'ok' has the name of an earlier saved response of this request; Prefer: example=ok reaches only one of them [import.postman-duplicate-response-name]",
        ])
    }
}
