import MimicContracts
import MimicYAML

/// `mimic dump`: the parsed document as JSON, to see what Mimic read.
enum DumpCommand: Subcommand {
    static let specification = CommandSpecification(
        name: "dump",
        overview: "Print a YAML or JSON document as Mimic parsed it, as JSON.",
        positionals: [.init(name: "file", help: "The document to read. A YAML stream's first non-empty document is printed.")])

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let file = arguments.positionals[0]
        let bytes: [UInt8]
        switch FileBytes.contents(of: file) {
        case .success(let content): bytes = content
        case .failure(let problem):
            console.writeError(problem.summary + "\n")
            return ExitStatus.failure
        }
        do {
            guard let document = try YAML.parseFirstDocument(bytes) else {
                console.writeError(Diagnostic.error("load.empty", "the file holds no document", at: .start(of: file)).summary + "\n")
                return ExitStatus.failure
            }
            console.write(YAMLJSONWriter(style: .pretty).write(document) + "\n")
            return ExitStatus.success
        } catch {
            var renderer = DiagnosticRenderer()
            console.writeError(renderer.render(.error(error.code, error.message, at: SourceReference(file: file, location: error.location))))
            return ExitStatus.failure
        }
    }
}
