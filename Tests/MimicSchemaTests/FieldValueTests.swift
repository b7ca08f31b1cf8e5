import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

@Suite struct FieldValueTests {
    private let generator = DataGenerator(schemas: SchemaRegistry())
    private let scope = GenerationScope(resource: "backup_definitions", identity: "42")

    private func field(_ name: String, in scope: GenerationScope? = nil) -> JSONValue {
        generator.value(forField: name, in: scope ?? self.scope)
    }

    @Test func fieldValuesArePinnedForTheDefaultSeed() {
        let names = ["id", "backup_id", "name", "email", "url", "created_at", "description", "size", "is_active", "status", "phone", "token", "type", "misc"]
        let object = JSONValue.object(names.map { JSONMember($0, field($0)) })
        #expect(object.serialized() == """
            {"id":42,"backup_id":1535,"name":"Secondary Backup Definition 95","email":"bob.lopez@example.com",\
            "url":"https://example.com/backup_definitions/42","created_at":"2024-01-21T16:52:57Z",\
            "description":"Shared with the whole marketing team.","size":1068833,"is_active":true,"status":"pending",\
            "phone":"+61 282 555 0158","token":"323a4a38ddf2e06d320d2264a86d654b","type":"scheduled","misc":"ember lantern"}
            """)
    }

    @Test(arguments: [
        ("id", "identifier"), ("backup_id", "identifier"), ("backupId", "identifier"), ("ID", "identifier"),
        ("guid", "uuid"), ("owner_uuid", "uuid"), ("title", "title"), ("displayName", "fullName"), ("owner_email", "email"),
        ("href", "url"), ("avatarURL", "imageURL"), ("createdAt", "created"), ("date", "date"), ("start_date", "start"),
        ("updated", "updated"), ("last_seen_at", "dateTime"), ("export_datetime", "dateTime"), ("summary", "sentence"), ("notes", "sentence"), ("file_size", "byteSize"), ("total", "count"),
        ("has_children", "flag"), ("isPublic", "flag"), ("enabled", "flag"), ("state", "status"), ("phone_number", "phone"),
        ("access_token", "token"), ("kind", "kind"), ("storage_type", "kind"),
    ])
    func namesAreClassified(name: String, kind: String) {
        #expect(FieldKind(fieldName: name).map { "\($0)" } == kind)
    }

    @Test func unknownNamesAreNotClassified() {
        #expect(FieldKind(fieldName: "payload") == nil)
        #expect(FieldKind(fieldName: "") == nil)
        #expect(FieldKind(fieldName: "is") == nil)
    }

    @Test func schemaLessValuesHaveTheShapeTheirNameSuggests() throws {
        #expect(field("id") == .integer(42))
        #expect(field("id", in: GenerationScope(resource: "users", identity: "alice")) == .string("alice"))
        #expect(try #require(field("created_at").scalarText).wholeMatch(of: /20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        #expect(UUID(uuidString: try #require(field("owner_guid").scalarText)) != nil)
        #expect(field("url") == .string("https://example.com/backup_definitions/42"))
        #expect(try #require(field("name").scalarText).contains("Backup Definition"))
        #expect(try #require(field("contact_email").scalarText).hasSuffix("@example.com"))
        #expect(try #require(field("phone").scalarText).wholeMatch(of: /\+\d{1,3} \d{2,3} 555 01\d\d/) != nil)
        #expect(try #require(field("token").scalarText).wholeMatch(of: /[0-9a-f]{32}/) != nil)
        if case .bool = field("is_enabled") {} else { Issue.record("is_enabled is not a boolean") }
        if case .integer(let size) = field("size") { #expect(size >= 0) } else { Issue.record("size is not an integer") }
    }

    @Test func stringSchemasWithoutFormatFollowTheFieldName() {
        let schema = Schema.object([("status", .of(.string)), ("owner_id", .of(.string)), ("created_at", .of(.string))])
        let value = generator.value(for: schema, in: scope)
        #expect(value["status"] == .string("pending"))
        #expect(value["owner_id"]?.scalarText.flatMap { Int($0) } != nil)
        #expect(value["created_at"] == generator.value(forField: "created_at", in: scope))
    }

    @Test func identitiesAreStableDistinctAndPrefixesOfLongerLists() {
        let five = generator.identities(of: "backups", count: 5)
        #expect(five == generator.identities(of: "backups", count: 5))
        #expect(Set(five).count == 5)
        #expect(Array(generator.identities(of: "backups", count: 50).prefix(5)) == five)
        #expect(generator.identities(of: "restores", count: 5) != five)
        #expect(DataGenerator(seed: 9, schemas: SchemaRegistry()).identities(of: "backups", count: 5) != five)
        #expect(five == ["1559", "2479", "2536", "3063", "3356"])
        #expect(generator.identities(of: "backups", count: 0).isEmpty)
    }
}
