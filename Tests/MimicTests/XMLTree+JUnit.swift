import MimicTestSupport

extension XMLTree.Element {
    /// The problems with a suite's (or the root's) counts: each of `tests`, `failures`, `skipped` and `errors`
    /// must equal the `testcase`, `failure`, `skipped` and `error` elements under it.
    var countProblems: [String] {
        let cases = descendants("testcase")
        let counted = [
            "tests": cases.count, "failures": cases.reduce(0) { $0 + $1.children("failure").count },
            "skipped": cases.reduce(0) { $0 + $1.children("skipped").count }, "errors": cases.reduce(0) { $0 + $1.children("error").count },
        ]
        return counted.keys.sorted().compactMap { key in
            attributes[key] == String(counted[key]!) ? nil : "\(name) \(attributes["name"] ?? ""): \(key)=\(attributes[key] ?? "none"), counted \(counted[key]!)"
        }
    }
}
