import MimicContracts

extension Discriminator {
    /// The value of the discriminator property that selects the schema registered under `key`: the first
    /// `mapping` value naming it, else the schema's own name.
    func value(selecting key: String) -> String {
        mapping.first { $0.reference == key }?.value ?? Self.schemaName(of: key)
    }

    /// The name a discriminator knows the schema registered under `key` by: the last token of its pointer,
    /// unescaped (`#/components/schemas/Cat` → `Cat`, `…/a~1b` → `a/b`).
    static func schemaName(of key: String) -> String {
        let token = key.split(separator: "/").last.map(String.init) ?? key
        return JSONPointer.unescaped(token)
    }
}
