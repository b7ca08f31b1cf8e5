import MimicContracts

extension Coverage {
    /// A table a person reads: the totals, then one row per operation (requests, valid ones, and statuses,
    /// parameters and enum values covered of those declared), each called operation followed by what it
    /// never got.
    public var text: String {
        let operation = operationTally, statuses = statusTally, parameters = parameterTally, values = enumValueTally
        var lines = [
            "Operations called: \(operation.covered) of \(operation.total) (\(operation.percent)%)",
            "Statuses answered: \(statuses.covered) of \(statuses.total) (\(statuses.percent)%)",
            "Parameters sent: \(parameters.covered) of \(parameters.total) (\(parameters.percent)%)",
            "Enum values sent: \(values.covered) of \(values.total) (\(values.percent)%)",
            "Requests: \(requests) (\(validRequests) valid, \(unmatchedRequests) answered by no operation)",
            "",
        ]
        let header = ["METHOD", "PATH", "REQUESTS", "VALID", "STATUSES", "PARAMETERS", "ENUM VALUES"]
        let rows = operations.map { operation in
            [operation.method, operation.path, String(operation.requests), String(operation.validRequests),
             operation.statusTally.fraction, operation.parameterTally.fraction, operation.enumValueTally.fraction]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        func row(_ cells: [String]) -> String {
            cells.indices.map { cells[$0].padding(toLength: widths[$0]) }.joined(separator: "  ").trimmingTrailingSpaces
        }
        lines.append(row(header))
        for (operation, cells) in zip(operations, rows) {
            lines.append(row(cells))
            if operation.requests > 0 { lines += operation.gaps.map { "    " + $0 } }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension OperationCoverage {
    /// What the operation never got, a line each: statuses never answered, parameters never sent, and for each
    /// enumeration the members never given.
    var gaps: [String] {
        var gaps: [String] = []
        let unanswered = statuses.filter { $0.count == 0 }.map(\.status.description)
        if !unanswered.isEmpty { gaps.append("statuses never answered: " + unanswered.joined(separator: ", ")) }
        let unsent = parameters.filter { $0.count == 0 }.map { "\($0.name) (\($0.location))" }
        if !unsent.isEmpty { gaps.append("parameters never sent: " + unsent.joined(separator: ", ")) }
        for enumeration in enums {
            let never = enumeration.values.filter { $0.count == 0 }.map { $0.value.scalarText ?? $0.value.serialized() }
            if !never.isEmpty { gaps.append("\(enumeration.name) (\(enumeration.location)) never sent: " + never.joined(separator: ", ")) }
        }
        return gaps
    }
}

extension Coverage.Tally {
    /// `covered/total`.
    var fraction: String {
        "\(covered)/\(total)"
    }
}

extension String {
    /// The string padded with spaces to `length` characters, for columns of text.
    package func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    /// The string without its trailing spaces.
    fileprivate var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
