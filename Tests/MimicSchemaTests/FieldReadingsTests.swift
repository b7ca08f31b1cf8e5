import Testing
@testable import MimicSchema

@Suite struct FieldReadingsTests {
    @Test(arguments: [
        ("ownerURL", ["owner", "url"]), ("backup_definitions", ["backup", "definitions"]), ("X-Request-ID", ["x", "request", "id"]),
        ("addressLine2", ["address", "line2"]), ("sha256Sum", ["sha256", "sum"]), ("HTTPServer", ["httpserver"]),
        ("__id__", ["id"]), ("a\r\nb", ["a", "b"]), ("", []),
        ("créé_le", ["créé", "le"]), ("ÉtatCivil", ["état", "civil"]), ("größe2Wert", ["größe2", "wert"]),
    ])
    func namesSplitIntoLowerCaseWordsOnBytesAndScalarsAlike(name: String, words: [String]) {
        #expect(FieldKind.words(of: name) == words)
    }

    @Test func aNameMeansWhatItsHolderAndResourceMakeIt() {
        let readings = FieldReadings()
        #expect(readings.meaning(ofField: "name", holder: "owner", resource: "backups") == FieldMeaning(kind: .fullName))
        #expect(readings.meaning(ofField: "name", holder: nil, resource: "companies") == FieldMeaning(kind: .company))
        #expect(readings.meaning(ofField: "name", holder: nil, resource: "backup_definitions") == FieldMeaning(kind: .name))
        #expect(readings.meaning(ofField: "state", holder: "address", resource: "users") == FieldMeaning(kind: .region))
        #expect(readings.meaning(ofField: "state", holder: nil, resource: "users") == FieldMeaning(kind: .status))
        #expect(readings.meaning(ofField: "billing_city", holder: nil, resource: "users") == FieldMeaning(kind: .city, qualifier: ["billing"]))
        #expect(readings.meaning(ofField: "payload", holder: "owner", resource: "users") == nil)
    }

    @Test func readingsAreThoseOfTheNamesReadAfresh() {
        let readings = FieldReadings()
        let places: [(String?, String)] = [(nil, "users"), ("owner", "backups"), ("address", "stores"), ("product", ""), (nil, "")]
        for (holder, resource) in places {
            for name in ["name", "state", "customer_name", "updated_at", "phone", "image_url", "response_time", "x", "firstName"] {
                let context = (holder.map(FieldKind.words(of:)) ?? []) + FieldKind.words(of: resource)
                let fresh = FieldMeaning(fieldName: name, context: context)
                #expect(readings.meaning(ofField: name, holder: holder, resource: resource) == fresh)
                #expect(readings.meaning(ofField: name, holder: holder, resource: resource) == fresh)
            }
        }
    }

    @Test func entityNounsAreSingularAndTitleCase() {
        let readings = FieldReadings()
        #expect(readings.entityNoun(of: "backup_definitions") == "Backup Definition")
        #expect(readings.entityNoun(of: "policies") == "Policy")
        #expect(readings.entityNoun(of: "/v1/token") == "V1 Token")
        #expect(readings.entityNoun(of: "") == nil)
    }

    @Test func fakerMethodsAreReadInAnyCase() {
        let readings = FieldReadings()
        #expect(readings.kind(ofFakerMethod: "Internet.Email()") == .email)
        #expect(readings.kind(ofFakerMethod: "internet.unknown") == nil)
    }
}
