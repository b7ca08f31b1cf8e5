import MimicSchema
import Testing
@testable import MimicYAML

@Suite struct YAMLErrorTests {
    @Test func tabsUsedForIndentationAreRejected() {
        #expect(parseError("a:\n\tb: 1\n") == yamlError(
            "yaml.tab-indentation", "tabs are not allowed for indentation; indent with spaces", line: 2, column: 1, offset: 3))
        #expect(parseError("- \t- x\n") == yamlError(
            "yaml.tab-indentation", "tabs are not allowed for indentation; use spaces before a nested block collection", line: 1, column: 3, offset: 2))
    }

    @Test func anUnclosedFlowCollectionIsReportedAtItsOpeningBracket() {
        #expect(parseError("key: [a, b\nother: c\n") == yamlError(
            "yaml.unclosed-flow", "flow sequence opened here is not closed before line 2, which is not indented past column 1; add the missing ']' or indent that line",
            line: 1, column: 6, offset: 5))
        #expect(parseError("- [a, {b: c") == yamlError(
            "yaml.unclosed-flow", "flow mapping opened here is never closed; add the missing '}'", line: 1, column: 7, offset: 6))
        #expect(parseError("key: {a: 1,\n  b: [2]\n") == yamlError(
            "yaml.unclosed-flow", "flow mapping opened here is never closed; add the missing '}'", line: 1, column: 6, offset: 5))
    }

    @Test func anUnterminatedQuotedStringIsReportedAtItsOpeningQuote() {
        #expect(parseError("a: 1\nb: \"abc\n") == yamlError(
            "yaml.unterminated-string", "double-quoted string opened here is never closed; add the closing '\"'", line: 2, column: 4, offset: 8))
        #expect(parseError("a: 'it''s\n") == yamlError(
            "yaml.unterminated-string", "single-quoted string opened here is never closed; add the closing \"'\"", line: 1, column: 4, offset: 3))
    }

    @Test func aLineIndentedDifferentlyFromItsSiblingsIsBadIndentation() {
        #expect(parseError("a:\n  b: 1\n c: 2\n") == yamlError(
            "yaml.bad-indentation", "this line is indented to column 2, but the mapping it continues starts at column 1; expected another key or the end of the mapping at column 1",
            line: 3, column: 2, offset: 11))
        #expect(parseError("- a\n  - b\n") == nil)
        #expect(parseError("list:\n  - a\n - b\n")?.code == "yaml.bad-indentation")
    }

    @Test func aKeyWithoutColonOnTheSameLineIsASyntaxError() {
        #expect(parseError("a: 1\nb\nc: 2\n") == yamlError(
            "yaml.syntax", "expected ':' after this mapping key on the same line, found 'c'; a key and its ':' cannot be split across lines",
            line: 2, column: 1, offset: 5))
    }

    @Test func aValueIndicatorAfterAPlainValueIsASyntaxError() {
        #expect(parseError("a: b: c\n") == yamlError(
            "yaml.syntax", "':' is not allowed here; a mapping value needs a key before it on the same line, or quote the text if ':' is part of it",
            line: 1, column: 5, offset: 4))
    }

    @Test func extraContentAfterTheRootNodeIsASyntaxError() {
        #expect(parseError("a: [1, 2]]\n") == yamlError(
            "yaml.syntax", "expected another key or the end of the mapping, found ']'", line: 1, column: 10, offset: 9))
        #expect(parseError("'a' b\n") == yamlError(
            "yaml.syntax", "expected the end of the document, found the scalar \"b\"; a document has exactly one root node, check the indentation",
            line: 1, column: 5, offset: 4))
    }

    @Test func charactersThatCannotStartANodeAreNamed() {
        #expect(parseError("a: @x\n") == yamlError(
            "yaml.syntax", "found '@', which cannot start any YAML node; quote the value if it is meant as text", line: 1, column: 4, offset: 3))
    }

    @Test func unknownEscapesAreRejected() {
        #expect(parseError("a: \"x\\qy\"\n") == yamlError(
            "yaml.syntax", "unknown escape \\q in a double-quoted string; write \\\\ for a backslash", line: 1, column: 6, offset: 5))
        #expect(parseError("a: \"\\u12G4\"\n") == yamlError(
            "yaml.syntax", "expected 4 hexadecimal digits after \\u, found 'G'", line: 1, column: 5, offset: 4))
    }

    @Test func aCommentMustBeSeparatedByWhitespace() {
        #expect(parseError("a: [x]#no\n") == yamlError(
            "yaml.syntax", "a comment must be separated from the content before it by a space; add a space before '#'", line: 1, column: 7, offset: 6))
    }

    @Test func blockScalarHeadersAreChecked() {
        #expect(parseError("a: |0\n  x\n") == yamlError(
            "yaml.syntax", "a block scalar indentation indicator must be between 1 and 9, found 0", line: 1, column: 5, offset: 4))
        #expect(parseError("a: | x\n") == yamlError(
            "yaml.syntax", "expected a line break after the block scalar indicator, found 'x'; the text of a '|' or '>' scalar starts on the next line",
            line: 1, column: 6, offset: 5))
    }

    @Test func directivesNeedADocumentStart() {
        #expect(parseError("%YAML 1.2\na: 1\n") == yamlError(
            "yaml.syntax", "expected a document start '---' after the directives, found a block mapping", line: 2, column: 1, offset: 10))
        #expect(parseError("a: 1\n%YAML 1.2\n---\n") == yamlError(
            "yaml.syntax", "a directive must come before the first document or after a document end '...'; add '...' before it",
            line: 2, column: 1, offset: 5))
    }

    @Test func undeclaredTagHandlesAreRejected() {
        #expect(parseError("a: !e!x 1\n") == yamlError(
            "yaml.syntax", "the tag handle !e! is not declared; add a %TAG !e! directive before the document or use !! or !",
            line: 1, column: 4, offset: 3))
    }

    @Test func standardTagsMustFitTheirValue() {
        #expect(parseError("a: !!int twelve\n") == yamlError(
            "yaml.tag-mismatch", "\"twelve\" is not a valid !!int value; fix the value or remove the tag", line: 1, column: 4, offset: 3))
    }

    @Test func nonUTF8InputIsRejectedWithItsPosition() {
        #expect(parseError(bytes: Array("a: ok\nb: ".utf8) + [0xC3, 0x28]) == yamlError(
            "yaml.invalid-utf8", "byte 0xC3 is not valid UTF-8; the file must be saved as UTF-8 text", line: 2, column: 4, offset: 9))
        #expect(parseError(bytes: [0xFF, 0xFE, 0x00, 0x41])?.code == "yaml.invalid-utf8")
    }

    @Test func controlCharactersAreRejected() {
        #expect(parseError(bytes: Array("a: b".utf8) + [0x01]) == yamlError(
            "yaml.invalid-character", "control character U+0001 is not allowed in YAML; remove it or write it as an escape inside a double-quoted string",
            line: 1, column: 5, offset: 4))
    }

    @Test func binaryGarbageGivesALocatedErrorNotACrash() {
        var generator = SeededRandom(seed: 42)
        var refused = 0
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1..<400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            guard let error = parseError(bytes: bytes) else { continue }
            refused += 1
            #expect(error.code.hasPrefix("yaml.") || error.code.hasPrefix("json."), "\(error)")
            #expect(!error.message.isEmpty)
            #expect((0...bytes.count).contains(error.location.offset) && error.location.line >= 1 && error.location.column >= 1, "\(error)")
        }
        // Random bytes are almost never YAML: nearly every input must be refused, with its place.
        #expect(refused >= 190)
    }

    @Test func truncatedDocumentsGiveAnErrorOrAPartialTreeNeverACrash() throws {
        let text = Array("a:\n  b: [1, {c: \"d\", e: 'f'}]\n  g: |\n    text\n  h: &x {i: *x}\n  j: >-\n    k\n".utf8)
        for length in 0...text.count {
            _ = parseError(bytes: Array(text[..<length]))
        }
        #expect(try json("a:\n  b: 1\n  c: ") == #"{"a":{"b":1,"c":null}}"#)
    }

    @Test func deepNestingIsRejectedInsteadOfOverflowingTheStack() {
        let flow = String(repeating: "[", count: 10_000)
        #expect(parseError("a: " + flow) == yamlError(
            "yaml.too-deep", "collections are nested more than 512 levels deep; flatten the document", line: 1, column: 515, offset: 514))
        #expect(parseError(flow) == yamlError(
            "yaml.too-deep", "JSON arrays and objects are nested more than 512 levels deep; flatten the document", line: 1, column: 513, offset: 512))
        let block = (0..<1000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(parseError(block)?.code == "yaml.too-deep")
        #expect(parseError(String(repeating: "- ", count: 1000) + "x")?.code == "yaml.too-deep")
    }
}
