import Foundation

/// Reads the operations and parameters out of the two seed documents that have no machine-readable contract:
/// seed 003 (vProtect, text scraped from generated HTML documentation) and seed 004 (Cloud 66, Markdown).
///
/// It knows only the conventions those two documents follow, and throws on anything it does not recognise,
/// so that a changed document fails loudly instead of being read as "no constraint".
/// Request bodies are not read: neither document describes their fields.
enum SeedDocumentationReader {
    /// Something in a seed document that this reader does not know how to read.
    enum ReadingError: Error, CustomStringConvertible {
        case unrecognisedConstraint(String, parameter: String, operation: String)
        case unrecognisedDataType(String, parameter: String, operation: String)
        case malformedTable(String, operation: String)
        case missingSection(String, section: String)
        case conflictingDescriptions(parameter: String, operation: String)

        var description: String {
            switch self {
            case let .unrecognisedConstraint(constraint, parameter, operation):
                "\(operation), parameter \(parameter): unrecognised constraint \(constraint)"
            case let .unrecognisedDataType(dataType, parameter, operation):
                "\(operation), parameter \(parameter): unrecognised data type \(dataType)"
            case let .malformedTable(problem, operation):
                "\(operation): malformed parameter table: \(problem)"
            case let .missingSection(heading, section):
                "section \(section): no \(heading)"
            case let .conflictingDescriptions(parameter, operation):
                "\(operation), parameter \(parameter): documented twice with different location, type or arity"
            }
        }
    }

    // MARK: - vProtect (seed 003)

    /// The operations of the vProtect Backups Controller document.
    ///
    /// An operation starts at a line `METHOD /path` (the same line inside an example, after a line `Request`, is
    /// not a new operation). Its parameters are the table after `Request Parameters`, whose columns are
    /// `name`, `type` (meaning the location), `description` and, on some tables, `constraints` and `multivalued`.
    /// A constraint is `long` (integer, int64), `boolean`, `required`, or enum values written `"A" or "B"`; no
    /// constraint means any string. `multivalued` `yes` means a list. Path parameters are always required.
    static func vProtectOperations(documentation: String) throws -> [DocumentedOperation] {
        let lines = documentation.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var operations: [DocumentedOperation] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if let request = methodAndPath(of: line), index == lines.startIndex || lines[index - 1] != "Request" {
                operations.append(DocumentedOperation(method: request.method, path: request.path, parameters: []))
            } else if line == "Request Parameters", let current = operations.indices.last {
                let (rows, end) = pipeTerminatedRows(of: lines, from: index + 1)
                operations[current].parameters = try vProtectParameters(rows: rows, operation: operations[current].methodAndPath)
                index = end
                continue
            }
            index += 1
        }
        return operations
    }

    /// `("GET", "/backups/{guid}")` for the line `GET /backups/{guid}`; nil for any other line.
    private static func methodAndPath(of line: String) -> (method: String, path: String)? {
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        let methods: Set<Substring> = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"]
        guard words.count == 2, methods.contains(words[0]), words[1].hasPrefix("/") else { return nil }
        return (String(words[0]), String(words[1]))
    }

    /// The rows of a table written one cell per line, each cell ending in `|` and each row's first cell starting
    /// with `| `, from `start` up to the first line that does not end in `|`; and the index of that line.
    private static func pipeTerminatedRows(of lines: [String], from start: Int) -> (rows: [[String]], end: Int) {
        var rows: [[String]] = []
        var index = start
        while index < lines.endIndex, lines[index].hasSuffix("|") {
            var cell = lines[index].dropLast()
            if cell.hasPrefix("| ") {
                rows.append([])
                cell = cell.dropFirst(2)
            }
            if !rows.isEmpty {
                rows[rows.count - 1].append(cell.trimmingCharacters(in: .whitespaces))
            }
            index += 1
        }
        return (rows, index)
    }

    private static func vProtectParameters(rows: [[String]], operation: String) throws -> [DocumentedParameter] {
        guard let header = rows.first, header.starts(with: ["name", "type"]) else {
            throw ReadingError.malformedTable("no header row starting with name and type", operation: operation)
        }
        return try rows.dropFirst().map { row in
            guard row.count == header.count else {
                throw ReadingError.malformedTable("a row with \(row.count) cells under \(header.count) columns", operation: operation)
            }
            let cells = Dictionary(uniqueKeysWithValues: zip(header, row))
            let name = row[0]
            let location = row[1]
            var parameter = DocumentedParameter(
                name: name, location: location, type: "string", format: nil, enumValues: [],
                required: location == "path", multivalued: cells["multivalued"] == "yes"
            )
            switch cells["constraints", default: ""] {
            case "":
                break
            case "long":
                parameter.type = "integer"
                parameter.format = "int64"
            case "boolean":
                parameter.type = "boolean"
            case "required":
                parameter.required = true
            case let constraint:
                guard let values = quotedAlternatives(constraint) else {
                    throw ReadingError.unrecognisedConstraint(constraint, parameter: name, operation: operation)
                }
                parameter.enumValues = values
            }
            return parameter
        }
    }

    /// `["A", "B"]` for `"A" or "B"`; nil unless every alternative is a non-empty quoted string.
    private static func quotedAlternatives(_ constraint: String) -> [String]? {
        let alternatives = constraint.components(separatedBy: " or ")
        guard alternatives.allSatisfy({ $0.count > 2 && $0.hasPrefix("\"") && $0.hasSuffix("\"") }) else { return nil }
        return alternatives.map { String($0.dropFirst().dropLast()) }
    }

    // MARK: - Cloud 66 (seed 004)

    /// The operations of the Cloud 66 Backups document, one per distinct method and path.
    ///
    /// Each `## ` section documents one operation: the line after `### HTTP Request` is `` `METHOD /path` ``, and
    /// the table after `### Query parameters` has the columns `Parameter | Required | Data type | Description |
    /// Sample value`. That heading covers path parameters too: a parameter named in the path template is in the
    /// path. Allowed values are written `(valid options: a, b)` or `(valid options are: a, b)` in the description;
    /// a description starting `Comma separated list` means a list. Sections documenting the same method and path
    /// are one operation (see `DocumentedOperation.mergingDescription(_:)`).
    static func cloud66Operations(documentation: String) throws -> [DocumentedOperation] {
        var operations: [DocumentedOperation] = []
        for section in documentation.components(separatedBy: "\n## ").dropFirst() {
            let operation = try cloud66Operation(section: section)
            if let index = operations.firstIndex(where: { $0.methodAndPath == operation.methodAndPath }) {
                operations[index] = try operations[index].mergingDescription(operation)
            } else {
                operations.append(operation)
            }
        }
        return operations
    }

    private static func cloud66Operation(section: String) throws -> DocumentedOperation {
        let lines = section.components(separatedBy: "\n")
        let title = lines[0]
        guard let requestLine = line(after: "### HTTP Request", in: lines),
              let request = methodAndPath(of: requestLine.trimmingCharacters(in: CharacterSet(charactersIn: "`")))
        else { throw ReadingError.missingSection("### HTTP Request followed by `METHOD /path`", section: title) }
        let (method, path) = request
        let operation = "\(method) \(path)"
        guard let headingIndex = lines.firstIndex(of: "### Query parameters") else {
            throw ReadingError.missingSection("### Query parameters", section: title)
        }
        let tableLines = lines[(headingIndex + 1)...].drop(while: \.isEmpty).prefix(while: { !$0.isEmpty })
        let table = tableLines.map { $0.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        guard let header = table.first, table.count >= 2 else {
            throw ReadingError.malformedTable("no header and separator", operation: operation)
        }
        return DocumentedOperation(method: method, path: path, parameters: try table.dropFirst(2).map { row in
            guard row.count == header.count else {
                throw ReadingError.malformedTable("a row with \(row.count) cells under \(header.count) columns", operation: operation)
            }
            let cells = Dictionary(uniqueKeysWithValues: zip(header, row))
            let name = cells["Parameter", default: ""]
            let dataType = cells["Data type", default: ""]
            let description = cells["Description", default: ""]
            guard ["string", "integer", "boolean"].contains(dataType) else {
                throw ReadingError.unrecognisedDataType(dataType, parameter: name, operation: operation)
            }
            let location = path.contains("{\(name)}") ? "path" : "query"
            return DocumentedParameter(
                name: name, location: location, type: dataType, format: nil,
                enumValues: validOptions(in: description),
                required: location == "path" || cells["Required"] == "true",
                multivalued: description.hasPrefix("Comma separated list")
            )
        })
    }

    /// The first non-empty line after the line `heading`.
    private static func line(after heading: String, in lines: [String]) -> String? {
        guard let index = lines.firstIndex(of: heading) else { return nil }
        return lines[(index + 1)...].first { !$0.isEmpty }
    }

    /// `["a", "b"]` for a description containing `(valid options: a, b)` or `(valid options are: a,b)`.
    private static func validOptions(in description: String) -> [String] {
        for marker in ["(valid options are: ", "(valid options: "] {
            guard let start = description.range(of: marker),
                  let end = description[start.upperBound...].firstIndex(of: ")") else { continue }
            return description[start.upperBound..<end]
                .components(separatedBy: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return []
    }
}

extension DocumentedOperation {
    /// This operation and another description of the same method and path as one operation, the way a single
    /// OpenAPI operation must declare it: every parameter of either description, in order of first appearance;
    /// a parameter required only where every description requires it (path parameters always); enum values of
    /// both, in order of first appearance.
    func mergingDescription(_ other: DocumentedOperation) throws -> DocumentedOperation {
        var parameters: [DocumentedParameter] = []
        for parameter in self.parameters + other.parameters where !parameters.contains(where: { $0.name == parameter.name }) {
            let describingOperations = [self, other]
            let descriptions = describingOperations.compactMap { operation in operation.parameters.first { $0.name == parameter.name } }
            guard descriptions.allSatisfy({
                ($0.location, $0.type, $0.format, $0.multivalued) == (parameter.location, parameter.type, parameter.format, parameter.multivalued)
            }) else {
                throw SeedDocumentationReader.ReadingError.conflictingDescriptions(parameter: parameter.name, operation: methodAndPath)
            }
            var merged = parameter
            merged.required = parameter.location == "path" || (descriptions.count == describingOperations.count && descriptions.allSatisfy(\.required))
            merged.enumValues = descriptions.flatMap(\.enumValues).reduce(into: []) { values, value in
                if !values.contains(value) { values.append(value) }
            }
            parameters.append(merged)
        }
        return DocumentedOperation(method: method, path: path, parameters: parameters)
    }
}
