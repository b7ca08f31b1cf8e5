import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

/// Values a person believes (issue 14): each family of field names, the facts one entity's fields share, `x-faker`,
/// and the schema's keywords winning over all of it.
@Suite struct RealisticValueTests {
    private let generator = DataGenerator(schemas: SchemaRegistry())
    private let person = GenerationScope(resource: "users", identity: "7")

    private func fields(_ names: [String], in scope: GenerationScope? = nil, seed: UInt64 = DataGenerator.defaultSeed) -> JSONValue {
        let generator = DataGenerator(seed: seed, schemas: SchemaRegistry())
        return .object(names.map { JSONMember($0, generator.value(forField: $0, in: scope ?? person)) })
    }

    private func text(_ value: JSONValue?) -> String {
        value?.scalarText ?? ""
    }

    private func integer(_ value: JSONValue?) -> Int? {
        if case .integer(let number)? = value { number } else { nil }
    }

    // MARK: Families

    @Test func peopleAndCompaniesArePinnedForTheDefaultSeed() {
        let value = fields(["name", "first_name", "lastName", "username", "initials", "email", "company", "job_title", "avatar_url", "bio"])
        #expect(value.serialized() == """
            {"name":"Sven Tanaka","first_name":"Sven","lastName":"Tanaka","username":"sven_tanaka82","initials":"ST",\
            "email":"sven.tanaka@example.com","company":"Summit Health","job_title":"Staff Technical Writer",\
            "avatar_url":"https://cdn.example.com/images/b47f963d3eef.webp",\
            "bio":"Replicated to the secondary region."}
            """)
    }

    @Test func placesArePinnedForTheDefaultSeed() {
        let value = fields(["street_address", "address_line2", "city", "region", "postal_code", "country", "country_code",
                            "latitude", "longitude", "phone_number", "currency", "locale", "language", "time_zone"])
        #expect(value.serialized() == """
            {"street_address":"789 Maple Court","address_line2":"Apt 11B","city":"Groningen","region":"Groningen",\
            "postal_code":"4929 YD","country":"Netherlands","country_code":"NL","latitude":50.0594,\
            "longitude":-23.1724,"phone_number":"+31 525 555 0175","currency":"EUR","locale":"nl-NL","language":"nl",\
            "time_zone":"Europe/Amsterdam"}
            """)
    }

    @Test func thingsOnTheWebAndOnDiskArePinnedForTheDefaultSeed() {
        let value = fields(["website", "domain", "ip_address", "mac_address", "url", "file_name", "mime_type", "file_size",
                            "version", "sha256", "md5", "color", "product_name", "price", "discount_percent", "title",
                            "tags", "status", "duration", "rating"], in: GenerationScope(resource: "products", identity: "3"))
        #expect(value.serialized() == """
            {"website":"https://redwood-analytics.example.com","domain":"redwood-analytics.example.com",\
            "ip_address":"192.0.2.18","mac_address":"02:1f:1e:43:a7:8f","url":"https://example.com/products/3",\
            "file_name":"logo.png","mime_type":"image/png","file_size":8291659,"version":"3.3.13",\
            "sha256":"555eab397aaaf3c527622eb07cf2ee58931aed48e6d084b8a0e5e5914d6fc14e",\
            "md5":"2fcc80f0ab356f8ca2b0ad331cee1ce4","color":"#7da2b9","product_name":"Ergonomic Water Bottle",\
            "price":241.46,"discount_percent":91,"title":"Team offsite agenda","tags":"featured","status":"draft",\
            "duration":"PT19H15M","rating":3}
            """)
    }

    @Test(arguments: 1...40)
    func everyFamilyHasItsRealShape(seed: Int) {
        let value = fields([
            "first_name", "last_name", "email", "username", "initials", "company", "street", "city", "postcode",
            "country_code", "latitude", "longitude", "phone", "avatarUrl", "website", "domain", "ip", "mac", "currency",
            "price", "percentage", "colour", "filename", "extension", "content_type", "size", "version", "checksum",
            "sha1", "md5", "product", "description", "headline", "tag", "status", "lang", "locale", "timezone", "ttl",
            "created_at", "birth_date",
        ], seed: UInt64(seed))
        let shapes: [(String, Regex<Substring>)] = [
            ("first_name", /[A-Z][a-z]+/), ("last_name", /[A-Z][a-z]+/), ("email", /[a-z]+\.[a-z]+@example\.com/),
            ("username", /[a-z]+(?:[._][a-z]+\d*)?/), ("initials", /[A-Z]{2}/), ("company", /[A-Z][a-z]+ [A-Z][a-z]+/),
            ("street", /\d{1,4} [A-Z][a-z]+ [A-Z][a-z]+/), ("city", /[A-Z][\p{L} ]+/), ("postcode", /[0-9A-Z][0-9A-Z -]{2,9}/),
            ("country_code", /[A-Z]{2}/), ("latitude", /-?\d{1,2}(?:\.\d{1,4})?/), ("longitude", /-?\d{1,3}(?:\.\d{1,4})?/),
            ("phone", /\+\d{1,3} \d{2,3} 555 01\d\d/), ("avatarUrl", /https:\/\/cdn\.example\.com\/images\/[0-9a-f]{12}\.(?:jpg|png|webp)/),
            ("website", /https:\/\/[a-z]+-[a-z]+\.example\.com/), ("domain", /[a-z]+-[a-z]+\.example\.com/),
            ("ip", /192\.0\.2\.\d{1,3}/), ("mac", /02(?::[0-9a-f]{2}){5}/), ("currency", /[A-Z]{3}/),
            ("price", /\d{1,3}(?:\.\d{1,2})?/), ("percentage", /\d{1,3}/), ("colour", /#[0-9a-f]{6}/),
            ("filename", /[a-z-]+\.[a-z]{3,4}/), ("extension", /[a-z]{3,4}/), ("content_type", /[a-z]+\/[a-z.-]+/),
            ("size", /\d{4,8}/), ("version", /\d+\.\d+\.\d+/), ("checksum", /[0-9a-f]{64}/), ("sha1", /[0-9a-f]{40}/),
            ("md5", /[0-9a-f]{32}/), ("product", /[A-Z][a-z]+ [A-Z][a-z]+(?: [A-Z][a-z]+)?/), ("description", /[A-Z][^.]+\./),
            ("headline", /[A-Z][a-z ]+/), ("tag", /[a-z]+/), ("status", /[a-z]+/), ("lang", /[a-z]{2}/),
            ("locale", /[a-z]{2}-[A-Z]{2}/), ("timezone", /[A-Z][a-z]+\/[A-Z][A-Za-z_]+/), ("ttl", /P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?)?/),
            ("created_at", /20(?:2[0-5])-\d\d-\d\dT\d\d:\d\d:\d\dZ/), ("birth_date", /(?:19[5-9]\d|200\d)-\d\d-\d\d/),
        ]
        for (name, shape) in shapes {
            #expect(text(value[name]).wholeMatch(of: shape) != nil, "\(name): \(text(value[name]))")
        }
    }

    @Test func aNameIsAPersonsACompanysAProductsOrAFilesByWhatHoldsIt() throws {
        let schema = Schema.object([
            ("name", .of(.string)), ("owner", .object([("name", .of(.string))])), ("vendor_name", .of(.string)),
            ("product", .object([("name", .of(.string))])), ("attachment", .object([("name", .of(.string))])),
            ("status", .object([("name", .of(.string))])),
        ])
        let value = generator.value(for: schema, in: GenerationScope(resource: "backup_definitions", identity: "42"))
        #expect(text(value["name"]).hasSuffix(try #require(text(value["name"]).split(separator: " ").last.map(String.init))))
        #expect(text(value["name"]).contains("Backup Definition"))
        #expect(text(value["owner"]?["name"]).wholeMatch(of: /[A-Z][a-z]+ [A-Z][a-z]+/) != nil)
        #expect(SampleWords.companySuffixes.contains { text(value["vendor_name"]).hasSuffix($0) })
        #expect(SampleWords.productNouns.contains { text(value["product"]?["name"]).hasSuffix($0) })
        #expect(SampleWords.fileTypes.contains { text(value["attachment"]?["name"]).hasSuffix("." + $0.fileExtension) })
        #expect(SampleWords.statuses.contains(text(value["status"]?["name"])))
        let address = generator.value(for: .object([("address", .object([("city", .of(.string)), ("state", .of(.string))])),
                                                    ("billing_state", .of(.string)), ("state", .of(.string))]), in: person)
        #expect(SampleCountry.all.contains { $0.places.contains { $0 == (text(address["address"]?["city"]), text(address["address"]?["state"])) } })
        #expect(SampleCountry.all.contains { $0.places.contains { $0.region == text(address["billing_state"]) } })
        #expect(SampleWords.statuses.contains(text(address["state"])))
        #expect(text(generator.value(forField: "name", in: person)).wholeMatch(of: /[A-Z][a-z]+ [A-Z][a-z]+/) != nil)
    }

    // MARK: One entity

    @Test(arguments: 1...60)
    func oneEntitysFieldsAgree(seed: Int) throws {
        let value = fields([
            "first_name", "last_name", "full_name", "email", "username", "initials", "country", "country_code", "city",
            "region", "currency", "locale", "phone", "file_name", "mime_type", "created_at", "updated_at", "start_date",
            "end_date", "starts_at", "ends_at", "birth_date", "age", "billing_country", "billing_country_code",
        ], seed: UInt64(seed))
        let first = text(value["first_name"]), last = text(value["last_name"])
        #expect(text(value["full_name"]) == first + " " + last)
        #expect(text(value["email"]) == (first + "." + last).lowercased() + "@example.com")
        let username = text(value["username"])
        #expect([first.lowercased() + "." + last.lowercased(), first.lowercased().prefix(1) + last.lowercased()].contains(username)
            || username.hasPrefix(first.lowercased() + "_" + last.lowercased()))
        #expect(text(value["initials"]) == String(first.prefix(1) + last.prefix(1)))
        let country = try #require(SampleCountry.all.first { $0.name == text(value["country"]) })
        #expect(text(value["country_code"]) == country.code)
        #expect(country.places.contains { $0.city == text(value["city"]) && $0.region == text(value["region"]) })
        #expect(text(value["currency"]) == country.currency)
        #expect(text(value["locale"]) == country.locale)
        #expect(text(value["phone"]).hasPrefix("+" + country.callingCode + " "))
        let billing = try #require(SampleCountry.all.first { $0.name == text(value["billing_country"]) })
        #expect(text(value["billing_country_code"]) == billing.code)
        let fileType = try #require(SampleWords.fileTypes.first { text(value["file_name"]).hasSuffix("." + $0.fileExtension) })
        #expect(text(value["mime_type"]) == fileType.mimeType)
        #expect(text(value["created_at"]) <= text(value["updated_at"]))
        #expect(text(value["start_date"]) < text(value["end_date"]))
        #expect(text(value["starts_at"]) < text(value["ends_at"]))
        #expect(text(value["created_at"]) <= text(value["starts_at"]))
        let birth = text(value["birth_date"]).split(separator: "-").compactMap { Int($0) }
        let age = try #require(integer(value["age"]))
        #expect(age == 2026 - birth[0] - (birth[1] == 1 && birth[2] == 1 ? 0 : 1), "born \(birth), aged \(age) on 2026-01-01")
    }

    @Test func eachItemOfAListIsSomeoneElseAndQualifiersSeparatePlaces() {
        let schema = Schema.array(of: .object([
            ("email", .of(.string, format: "email")), ("billing_city", .of(.string)), ("shipping_city", .of(.string)),
        ])) { $0.minItems = 12 }
        let items = generator.value(for: schema, in: person)
        guard case .array(let list) = items else { Issue.record("not an array"); return }
        #expect(Set(list.map { text($0["email"]) }).count > 6)
        #expect(list.contains { text($0["billing_city"]) != text($0["shipping_city"]) })
    }

    @Test func datesAndAgesFromSchemasAgreeToo() throws {
        let schema = Schema.object([
            ("birthDate", .of(.string, format: "date")), ("age", .of(.integer)),
            ("createdAt", .of(.string, format: "date-time")), ("updatedAt", .of(.string, format: "date-time")),
            ("created", .of(.integer)), ("validFrom", .of(.string, format: "date")), ("validUntil", .of(.string, format: "date")),
        ])
        for identity in 1...30 {
            let value = generator.value(for: schema, in: GenerationScope(resource: "customers", identity: String(identity)))
            #expect(text(value["createdAt"]) <= text(value["updatedAt"]))
            #expect(text(value["validFrom"]) < text(value["validUntil"]))
            let created = try #require(integer(value["created"]))
            #expect(SampleText.dateTime(second: created) == text(value["createdAt"]))
            let birthYear = try #require(Int(text(value["birthDate"]).prefix(4)))
            let age = try #require(integer(value["age"]))
            #expect(age == 2025 - birthYear || age == 2026 - birthYear)
        }
    }

    @Test func anEmailOrHostnameFormatIsTheEntitysWhateverTheFieldsName() {
        let schema = Schema.object([
            ("given", .of(.string) { $0.faker = "person.firstName" }), ("contact", .of(.string, format: "email")),
            ("employer", .of(.string)), ("server", .of(.string, format: "hostname")),
        ])
        let value = generator.value(for: schema, in: person)
        #expect(text(value["contact"]).hasPrefix(text(value["given"]).lowercased() + "."))
        #expect(text(value["server"]) == text(value["employer"]).lowercased().replacingOccurrences(of: " ", with: "-") + ".example.com")
    }

    @Test func aMomentIsSecondsSince1970OrMillisecondsForAnInt64AndASpanIsADuration() throws {
        let schema = Schema.object([
            ("createdAt", .of(.string, format: "date-time")), ("created", .of(.integer)),
            ("createdTime", .of(.integer, format: "int64")), ("backupTime", .of(.integer, format: "int64")),
            ("responseTime", .of(.integer)), ("elapsed_time", .of(.string)),
        ])
        let value = generator.value(for: schema, in: GenerationScope(resource: "backups", identity: "9"))
        let seconds = try #require(integer(value["created"]))
        #expect(SampleText.dateTime(second: seconds) == text(value["createdAt"]))
        #expect(integer(value["createdTime"]) == seconds * 1000)
        let backup = try #require(integer(value["backupTime"]))
        #expect((1_577_836_800_000..<1_767_225_600_000).contains(backup))
        #expect(try #require(integer(value["responseTime"])) % 900 == 0)
        #expect(text(value["elapsed_time"]).wholeMatch(of: /P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?)?/) != nil)
    }

    @Test func aPagesCountsAgreeWithItsList() {
        let schema = Schema.object([
            ("items", .array(of: .object([("id", .of(.integer))]))), ("count", .of(.integer)), ("page", .of(.integer)),
            ("per_page", .of(.integer)), ("total", .of(.integer)), ("totalPages", .of(.integer)), ("retry_count", .of(.integer)),
        ])
        for identity in 1...30 {
            let value = generator.value(for: schema, in: GenerationScope(resource: "orders", identity: String(identity)))
            let listed = value["items"]?.arrayCount ?? -1
            let perPage = integer(value["per_page"]) ?? 0, pages = integer(value["totalPages"]) ?? 0
            let total = integer(value["total"]) ?? 0, page = integer(value["page"]) ?? 0
            #expect(integer(value["count"]) == listed)
            #expect(perPage >= listed && page >= 1 && page <= pages)
            #expect(total > (pages - 1) * perPage && total <= pages * perPage, "\(value.serialized())")
            #expect(listed == perPage || page == pages)
        }
        let paging = Schema.object([
            ("previous", .of(.integer) { $0.nullable = true }), ("next", .of(.integer) { $0.nullable = true }),
            ("current", .of(.integer)), ("per_page", .of(.integer)), ("count", .of(.integer)), ("pages", .of(.integer)),
        ])
        let envelope = Schema.object([("response", .array(of: .of(.string)) { $0.minItems = 3 }), ("count", .of(.integer)), ("pagination", paging)])
        #expect(generator.value(for: envelope, in: person)["pagination"]?.serialized()
            == #"{"previous":null,"next":null,"current":1,"per_page":25,"count":3,"pages":1}"#)
        let full = Schema.object([("data", .array(of: .of(.string))), ("paging", Schema.object([
            ("limit", .of(.integer) { $0.maximum = NumericBound(2) }), ("pages", .of(.integer) { $0.minimum = NumericBound(3) }),
            ("next", .of(.integer) { $0.nullable = true }), ("total", .of(.integer)),
        ]))])
        let counts = generator.value(for: full, in: person)["paging"]
        #expect(integer(counts?["limit"]) == 2 && integer(counts?["next"]) == 2)
        let pages = integer(counts?["pages"]) ?? 0
        #expect(pages >= 3 && integer(counts?["total"]) == pages * 2)
        let bounded = Schema.object([("data", .array(of: .of(.string))), ("total", .of(.integer) { $0.maximum = NumericBound(1) })])
        #expect(integer(generator.value(for: bounded, in: person)["total"]).map { $0 <= 1 } == true)
    }

    @Test func namesThatAskAQuestionOrNameAMomentGiveBooleansAndDatesWithoutASchema() {
        let value = fields(["is_public", "has_children", "force_full", "enabled", "published", "send_confirmation",
                            "export_datetime", "last_login_at", "due_date", "deleted_at"])
        for name in ["is_public", "has_children", "force_full", "enabled", "published", "send_confirmation"] {
            if case .bool = value[name] {} else { Issue.record("\(name) is \(value[name]?.serialized() ?? "missing")") }
        }
        for name in ["export_datetime", "last_login_at", "deleted_at"] {
            #expect(FormatChecker.isDateTime(text(value[name])), "\(name): \(text(value[name]))")
        }
        #expect(FormatChecker.isDate(text(value["due_date"])))
    }

    @Test func theSameSeedGivesTheSameValuesAndAnotherSeedOthers() {
        let names = ["full_name", "email", "city", "company", "created_at", "price"]
        #expect(fields(names, seed: 5) == fields(names, seed: 5))
        #expect(fields(names, seed: 5) != fields(names, seed: 6))
    }

    // MARK: x-faker

    @Test func xFakerNamesTheFamilyInEitherSpelling() {
        func faked(_ method: String, as name: String = "value", type: SchemaType = .string) -> JSONValue {
            generator.value(for: .object([(name, .of(type) { $0.faker = method })]), in: person)[name] ?? .null
        }
        let email = text(faked("internet.email"))
        #expect(email.hasSuffix("@example.com"))
        #expect(text(faked("name.firstName")) == text(faked("person.firstName()")))
        #expect(email.hasPrefix(text(faked("name.firstName")).lowercased() + "."))
        #expect(SampleCountry.all.contains { $0.places.contains { $0.city == text(faked("address.city")) } })
        #expect(text(faked("address.city")) == text(faked("location.city")))
        #expect(SampleWords.companySuffixes.contains { text(faked("company.name")).hasSuffix($0) })
        #expect(UUID(uuidString: text(faked("datatype.uuid"))) != nil)
        #expect(SampleWords.sentences.contains(text(faked("lorem.sentence"))))
        #expect(SampleCountry.all.contains { $0.code == text(faked("location.countryCode", as: "thing")) })
        if case .bool = faked("datatype.boolean", as: "name", type: .boolean) {} else { Issue.record("not a boolean") }
        // An unknown method is ignored: the name decides.
        #expect(text(faked("address.cityy", as: "email")).hasSuffix("@example.com"))
    }

    @Test func anUnknownXFakerIsAnExcessAndAKnownOneIsNot() {
        #expect(GenerationLimits.excesses(of: .of(.string) { $0.faker = "name.fristName" }) == [SchemaExcess(
            keyword: "x-faker", code: "schema.unknown-faker",
            message: "x-faker 'name.fristName' is not a Faker method Mimic knows; the value is chosen by the field's name instead")])
        #expect(GenerationLimits.excesses(of: .of(.string) { $0.faker = "Person.FirstName" }).isEmpty)
    }

    // MARK: The schema wins

    @Test func realismYieldsToEveryKeywordOfTheSchema() {
        let schema = Schema.object([
            ("email", .of(.string) { $0.maxLength = 8 }),
            ("city", .of(.string) { $0.pattern = "^[a-z]{3}$" }),
            ("country_code", .of(.string) { $0.enumValues = [.string("XX"), .string("YY")] }),
            ("created_at", .of(.string, format: "uuid")),
            ("age", .of(.integer) { $0.minimum = NumericBound(200); $0.maximum = NumericBound(210) }),
            ("price", .of(.number) { $0.minimum = NumericBound(1000); $0.multipleOf = 0.5 }),
            ("first_name", .of(.string) { $0.minLength = 30 }),
            ("website", .of(.string, format: "ipv4")),
            ("status", .of(.string) { $0.faker = "internet.email"; $0.format = "date" }),
        ])
        let validator = SchemaValidator(schemas: SchemaRegistry())
        for identity in 1...40 {
            let value = generator.value(for: schema, in: GenerationScope(resource: "users", identity: String(identity)))
            #expect(validator.violations(of: value, against: schema, direction: .response).isEmpty, "\(value.serialized())")
        }
    }

    @Test func aSchemasExampleOrDefaultThatBreaksItIsNotUsed() {
        let broken = Schema.of(.string, format: "date-time") { $0.examples = [.string("2013-08-01 12:41:48")] }
        #expect(FormatChecker.isDateTime(text(generator.value(for: broken, in: person))))
        let kept = Schema.of(.string, format: "date-time") { $0.examples = [.string("2013-08-01T12:41:48Z")] }
        #expect(generator.value(for: kept, in: person) == .string("2013-08-01T12:41:48Z"))
        let outOfRange = Schema.of(.integer) { $0.maximum = NumericBound(5); $0.defaultValue = .integer(9) }
        #expect(generator.value(for: outOfRange, in: person) != .integer(9))
    }
}
