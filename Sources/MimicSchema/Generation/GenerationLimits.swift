/// The most ``DataGenerator`` builds, whatever a schema asks: without them, one response to `minLength: 100000000`
/// costs seconds and gigabytes, and `minItems: 300000000` never ends.
///
/// A value stops at these sizes, breaking the keyword that asked for more; `mimic lint` warns at each such keyword
/// (`schema.excessive-size`, see ``excesses(of:)``). The limits are far above what real contracts ask: the largest
/// body generated for the shared corpus's response schemas (Kubernetes' list of pods) is about 96 KB, and its largest
/// `minLength` is 8, its largest `minItems` 4.
public enum GenerationLimits: Sendable {
    /// Characters a string is padded to for `minLength`, and drawn for a `pattern`, at most: 4 KiB of ASCII, room
    /// for any identifier, token or text field, while a hundred such strings stay under half a megabyte.
    public static let stringLength = 4096
    /// Items in an array, at most, whatever its `minItems`: a generous page of results, and few enough that an
    /// array of objects stays readable.
    public static let arrayItems = 100
    /// The position of the first item a requested page of a list shows, at most (`?offset=`, or `?page=` times
    /// the page size): a later page shows the items at this position, so that making a page's identities takes
    /// bounded time.
    public static let listOffset = 10_000
    /// Members made up for an object's `minProperties` (when only `additionalProperties` describes them), at most.
    /// Declared properties are always shown: there are as many as the contract writes.
    public static let objectProperties = 100
    /// Containers nested in a value: deeper ones are empty (`null` where allowed). From half of it, objects show
    /// only their required properties and arrays their minimum (``SchemaTrail``). Also the groups nested in a
    /// `pattern` that strings are drawn from: a deeper pattern is matched against a few candidates instead.
    public static let depth = 16
    /// The size of a value's compact JSON, about (escapes aside), at most: 256 KiB, over twice the largest corpus
    /// body. Per-keyword limits alone would still let nested arrays multiply (100 items of 100 items of 100…); once
    /// a value reaches this size, the rest of it is made as at ``depth``: empty containers, unpadded strings.
    public static let valueSize = 262_144
}
