import MimicYAML

// TEMPORARY until the postman branch lands.
struct PostmanImporter {
    let context: ImportContext
    let root: YAMLNode
    func importContract() -> Contract { Contract(file: context.file, format: .postman) }
}
