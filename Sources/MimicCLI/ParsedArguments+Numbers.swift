extension ParsedArguments {
    /// The whole number given for the option whose long name is `name`, else the option's default.
    ///
    /// - Throws: a usage error ending in `expected` when the value is not a whole number in `range`.
    func number<Value: FixedWidthInteger>(
        _ name: String, of specification: CommandSpecification, in range: ClosedRange<Value>, expected: String
    ) throws(UsageError) -> Value {
        let option = specification.options.first { $0.names.last == name }!
        let text = value(name) ?? option.defaultValue!
        guard let number = Value(text), range.contains(number) else {
            throw UsageError(message: "The value '\(text)' is invalid for '\(name) <\(option.valueName!)>': expected \(expected).")
        }
        return number
    }

    /// The value of `--seed` (see ``CommandSpecification/seedOption``).
    func seed(of specification: CommandSpecification) throws(UsageError) -> UInt64 {
        try number("--seed", of: specification, in: 0...UInt64.max, expected: "a non-negative whole number")
    }

    /// The percentage (a number from 0 to 100) given for the option whose long name is `name`, or nil when it is
    /// not given.
    ///
    /// - Throws: a usage error when the value is not a number from 0 to 100.
    func percent(_ name: String, of specification: CommandSpecification) throws(UsageError) -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text), (0...100).contains(number) else {
            let option = specification.options.first { $0.names.last == name }!
            throw UsageError(message: "The value '\(text)' is invalid for '\(name) <\(option.valueName!)>': expected a number from 0 to 100.")
        }
        return number
    }

    /// The seconds (a number above 0, at most 600) given for the option whose long name is `name`, else its default.
    ///
    /// - Throws: a usage error when the value is not such a number.
    func seconds(_ name: String, of specification: CommandSpecification) throws(UsageError) -> Double {
        let option = specification.options.first { $0.names.last == name }!
        let text = value(name) ?? option.defaultValue!
        guard let number = Double(text), number > 0, number <= 600 else {
            throw UsageError(message: "The value '\(text)' is invalid for '\(name) <\(option.valueName!)>': expected a number of seconds above 0, at most 600.")
        }
        return number
    }
}
