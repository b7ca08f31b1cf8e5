/// What names say, worked out once per name and shared by every generator in the process: the ``FieldMeaning`` of
/// a field's name (beside the name of the object holding it and the resource, when the name needs them), the kind
/// an `x-faker` method names, and the noun naming a resource's entities. Reading a name splits it into words and
/// looks them up in tables; a request only draws random values, so it reads each name of its contract once.
///
/// Each memo keeps at most ``capacity`` readings and starts over past them (``BoundedMemo``); names longer than
/// ``longestName`` bytes, which only a request's own field names can be, are read every time.
final class FieldReadings: Sendable {
    /// The readings every ``DataGenerator`` shares.
    static let shared = FieldReadings()

    /// How many readings each memo keeps at most.
    static let capacity = 4096
    /// The longest key (a name, or a name with its holder and resource) kept, in UTF-8 bytes.
    static let longestName = 256

    /// What a field's name alone says: its meaning, or that the meaning depends on where the field is.
    private enum Reading: Sendable {
        case meaning(FieldMeaning?)
        case contextual
    }

    /// A field's name with the names it is read beside.
    private struct Placement: Hashable, Sendable {
        var field: String
        var holder: String?
        var resource: String
    }

    private let byName = BoundedMemo<String, Reading>(capacity: capacity, longestKey: longestName) { $0.utf8.count }
    private let byPlacement = BoundedMemo<Placement, FieldMeaning?>(capacity: capacity, longestKey: longestName) {
        $0.field.utf8.count + ($0.holder?.utf8.count ?? 0) + $0.resource.utf8.count
    }
    private let fakerKinds = BoundedMemo<String, FieldKind?>(capacity: capacity, longestKey: longestName) { $0.utf8.count }
    private let nouns = BoundedMemo<String, String?>(capacity: capacity, longestKey: longestName) { $0.utf8.count }

    /// How many readings are kept, in every memo together.
    var count: Int {
        byName.count + byPlacement.count + fakerKinds.count + nouns.count
    }

    /// The meaning of field `name` in an object held by property `holder` (nil at an entity's top) of `resource`:
    /// `FieldMeaning(fieldName: name, context: words of holder + words of resource)`.
    func meaning(ofField name: String, holder: String?, resource: String) -> FieldMeaning? {
        let context = { (holder.map(FieldKind.words(of:)) ?? []) + FieldKind.words(of: resource) }
        let reading = byName.value(for: name) { name -> Reading in
            var placed = false
            let meaning = FieldMeaning(fieldName: name, context: { placed = true; return context() }())
            return placed ? .contextual : .meaning(meaning)
        }
        switch reading {
        case .meaning(let meaning):
            return meaning
        case .contextual:
            return byPlacement.value(for: Placement(field: name, holder: holder, resource: resource)) { placement in
                FieldMeaning(fieldName: placement.field, context: context())
            }
        }
    }

    /// The kind the `x-faker` method `name` stands for (``FakerMethod/kind(named:)``).
    func kind(ofFakerMethod name: String) -> FieldKind? {
        fakerKinds.value(for: name, making: FakerMethod.kind(named:))
    }

    /// The title-case singular noun of `resource`'s entities (`Backup Definition` for `backup_definitions`), nil when
    /// the name has no word.
    func entityNoun(of resource: String) -> String? {
        nouns.value(for: resource) { resource in
            var words = FieldKind.words(of: resource)
            guard let last = words.popLast() else { return nil }
            words.append(EnglishNoun.singular(last))
            return SampleText.titleCased(words)
        }
    }
}
