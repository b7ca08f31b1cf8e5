import Foundation
import MimicContracts
import MimicTestSupport
import MimicYAML
import Testing

private let openAPI = WorkspaceFile.corpus("openapi")
private let postman = WorkspaceFile.corpus("postman")

/// The codes of the diagnostics that each name one declared operation Mimic does not serve.
private let droppedOperationCodes: Set<String> = [
    "import.path-without-slash", "import.unknown-method", "import.postman-invalid-url", "import.postman-empty-item",
    "load.reserved-path",
]

/// The keys of an OpenAPI path item that are not operations (every other key but `x-` extensions declares one, or
/// means to).
private let pathItemFields: Set<String> = ["$ref", "summary", "description", "servers", "parameters"]

/// The documents of a corpus folder: its files (not its subfolders) that hold YAML or JSON, the `.md` ones too (YAML
/// documents saved under that name).
private func documents(in folder: WorkspaceFile) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        .filter { ["yaml", "yml", "json", "md"].contains(($0 as NSString).pathExtension) }
        .map { folder.path + "/" + $0 }
}

/// How many operations a parsed document declares, counted from the document itself, not by the importers: every
/// leaf of a Postman collection's `item` tree; every key of every OpenAPI path item but its fields and extensions
/// (a path item that is a local `$ref` counted where it points).
private func declaredOperations(in root: YAMLNode) -> Int {
    if root["info"] != nil, let items = root["item"] {
        return leaves(of: items)
    }
    return (root["paths"]?.mapping ?? []).reduce(0) { count, pair in
        guard pair.key.string?.hasPrefix("x-") != true else { return count }
        let item = pair.value["$ref"]?.string.flatMap { localNode(at: $0, in: root) } ?? pair.value
        return count + (item.mapping ?? []).count { key in
            key.key.string.map { !$0.hasPrefix("x-") && !pathItemFields.contains($0) } ?? true
        }
    }
}

private func leaves(of items: YAMLNode) -> Int {
    (items.sequence ?? []).reduce(0) { count, item in count + (item["item"].map(leaves(of:)) ?? 1) }
}

/// The node a local reference (`#/a/b`) points at in `root`.
private func localNode(at reference: String, in root: YAMLNode) -> YAMLNode? {
    guard reference.hasPrefix("#/") else { return nil }
    return reference.dropFirst(2).split(separator: "/").reduce(Optional(root)) { node, token in
        node?[token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")]
    }
}

/// Every operation of every real document is served or named by a diagnostic: none is dropped silently.
@Suite struct DroppedOperationsCorpusTests {
    @Test(.requires(openAPI), .requires(postman))
    func everyDeclaredOperationIsRoutedOrDiagnosed() throws {
        let files = try documents(in: openAPI) + documents(in: postman)
        #expect(files.count >= 70)
        var totals = (declared: 0, routed: 0, dropped: 0)
        for file in files {
            let root = try #require(try YAML.parseFirstDocument(Array(try Data(contentsOf: URL(fileURLWithPath: file)))))
            let declared = declaredOperations(in: root)
            let contracts = ContractLoader().load([file])
            let loaded = try #require(contracts.files.first)
            let routed = contracts.operations.flatMap(\.sources).count { $0.file == loaded }
            let dropped = contracts.diagnostics.count { $0.source.file == loaded && droppedOperationCodes.contains($0.code) }
            let name = (file as NSString).lastPathComponent
            #expect(routed + dropped == declared, "\(name): \(declared) declared, \(routed) routed, \(dropped) diagnosed as not served")
            if dropped > 0 { print("\(name): \(declared) declared, \(routed) routed, \(dropped) diagnosed as not served") }
            totals = (totals.declared + declared, totals.routed + routed, totals.dropped + dropped)
        }
        print("\(files.count) documents: \(totals.declared) operations declared, \(totals.routed) routed, \(totals.dropped) diagnosed as not served")
    }
}
