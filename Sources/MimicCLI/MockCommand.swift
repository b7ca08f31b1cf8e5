import Mimic

/// `mimic mock`: Prism's command line (`prism mock DOCUMENT -p PORT -h HOST -d --errors`) for `mimic serve`, so
/// that coming from Prism is changing one word.
enum MockCommand: Subcommand {
    /// The short names Prism gives to options `serve` has.
    private static let prismShortNames = ["--port": "-p", "--host": "-h", "--dynamic": "-d"]

    static let specification = CommandSpecification(
        name: "mock",
        overview: "Serve one contract as `prism mock` does, with Prism's options; the options of `serve` apply too.",
        positionals: [.init(name: "document", help: "The contract file (Swagger 2.0, OpenAPI 3.x or Postman).")],
        options: ServeCommand.specification.options.flatMap { option in
            var option = option
            if let short = prismShortNames[option.names.last!] { option.names.insert(short, at: 0) }
            // Coming from Prism, clients read Prism's error bodies.
            if option.names.last == "--problems" { option.defaultValue = ProblemStyle.prism.rawValue }
            return option.names.last == "--dynamic" ? [option, errorsOption] : [option]
        })

    /// Prism's `--errors`, which `serve` does not take.
    private static let errorsOption = CommandSpecification.Option(
        names: ["--errors"], valueName: nil, help: "Answer 500 with the violations when a response body breaks its declared schema.")

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        ServeCommand.serve(arguments, as: specification, console: console)
    }
}
