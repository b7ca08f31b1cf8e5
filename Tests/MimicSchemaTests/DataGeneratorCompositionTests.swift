import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

@Suite struct DataGeneratorCompositionTests {
    private let scope = GenerationScope(resource: "pets", identity: "7")

    private func generator(_ entries: [(String, Schema)]) -> DataGenerator {
        DataGenerator(schemas: .with(entries))
    }

    @Test func referencesAreResolvedThroughTheRegistry() {
        let generator = generator([("api.yaml#/definitions/Owner", .object([("email", .of(.string, format: "email"))], required: ["email"]))])
        let value = generator.value(for: .object([("owner", .reference("api.yaml#/definitions/Owner"))]), in: scope)
        #expect(value["owner"]?["email"]?.scalarText?.hasSuffix("@example.com") == true)
    }

    @Test func recursiveSchemasEnd() {
        let key = "api.yaml#/definitions/Node"
        let node = Schema.object([("name", .of(.string)), ("children", .array(of: .reference(key))), ("parent", .reference(key))], required: ["name"])
        let value = generator([(key, node)]).value(for: .reference(key), in: scope)
        #expect(depth(of: value) <= 2 * SchemaTrail.exhaustedDepth)
        #expect(SchemaValidator(schemas: .with([(key, node)])).violations(of: value, against: .reference(key), direction: .response).isEmpty)
    }

    @Test func aRequiredSelfReferenceEndsInAnEmptyObject() {
        let key = "api.yaml#/definitions/Loop"
        let loop = Schema.object([("next", .reference(key))], required: ["next"])
        #expect(depth(of: generator([(key, loop)]).value(for: .reference(key), in: scope)) <= SchemaTrail.exhaustedDepth + 1)
    }

    @Test func aNullableRecursionEndsInNull() {
        let key = "api.yaml#/components/schemas/Link"
        let link = Schema.object([("next", .reference(key))]) { $0.nullable = true }
        var value = generator([(key, link)]).value(for: .reference(key), in: scope)
        var links = 0
        while case .object = value, let next = value["next"] {
            value = next
            links += 1
        }
        #expect(value == .null)
        #expect(links == SchemaTrail.fullRepetitions)
    }

    @Test func allOfMergesThePropertiesOfEveryPart() {
        let base = "api.yaml#/components/schemas/Base"
        var child = Schema()
        child.allOf = [.reference(base), .object([("name", .of(.string)), ("id", .of(.integer) { $0.readOnly = true })], required: ["name"])]
        let value = generator([(base, .object([("id", .of(.integer)), ("created", .of(.string, format: "date-time"))]))]).value(for: child, in: scope)
        #expect(value.memberKeys == ["id", "created", "name"])
        #expect(value["id"] == .integer(7))
    }

    @Test func oneOfTakesTheFirstAlternativeNamedByTheDiscriminator() {
        let cat = "api.yaml#/components/schemas/Cat", dog = "api.yaml#/components/schemas/Dog"
        let registry: [(String, Schema)] = [
            (cat, .object([("petType", .of(.string)), ("meows", .of(.boolean))])),
            (dog, .object([("petType", .of(.string)), ("barks", .of(.boolean))])),
        ]
        var pet = Schema()
        pet.oneOf = [.reference(cat), .reference(dog)]
        pet.discriminator = Discriminator(propertyName: "petType")
        #expect(generator(registry).value(for: pet, in: scope)["petType"] == .string("Cat"))
        pet.discriminator = Discriminator(propertyName: "petType", mapping: [DiscriminatorMapping(value: "cat", reference: cat)])
        #expect(generator(registry).value(for: pet, in: scope).memberKeys == ["petType", "meows"])
        #expect(generator(registry).value(for: pet, in: scope)["petType"] == .string("cat"))
    }

    @Test func aChildOfADiscriminatedBaseNamesItself() {
        let pet = "api.yaml#/components/schemas/Pet", cat = "api.yaml#/components/schemas/Cat"
        let base = Schema.object([("kind", .of(.string)), ("name", .of(.string))], required: ["kind"]) {
            $0.discriminator = Discriminator(propertyName: "kind", mapping: [DiscriminatorMapping(value: "cat", reference: cat)])
        }
        var child = Schema()
        child.allOf = [.reference(pet), .object([("lives", .of(.integer))])]
        let value = generator([(pet, base), (cat, child)]).value(for: .reference(cat), in: scope)
        #expect(value["kind"] == .string("cat"))
        #expect(value.memberKeys == ["kind", "name", "lives"])
    }

    @Test func anyOfSkipsANullAlternative() {
        var schema = Schema()
        schema.anyOf = [Schema(types: [.null]), .of(.integer)]
        if case .integer = DataGenerator(schemas: SchemaRegistry()).value(for: schema, in: scope) {} else {
            Issue.record("expected an integer")
        }
    }

    @Test func aMissingReferenceGivesAString() {
        #expect(generator([]).value(for: .reference("nowhere.yaml#/x"), in: scope).scalarText != nil)
    }

    private func depth(of value: JSONValue) -> Int {
        switch value {
        case .array(let elements): 1 + (elements.map(depth(of:)).max() ?? 0)
        case .object(let members): 1 + (members.map { depth(of: $0.value) }.max() ?? 0)
        default: 0
        }
    }
}
