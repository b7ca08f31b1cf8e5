import Testing
@testable import MimicHTTPTypes

/// The byte classes the parsers test every byte of a request against, checked over all 256 bytes against the
/// grammar's own wording.
@Suite struct HTTPGrammarTests {
    private static let allBytes = (0...255).map(UInt8.init)

    @Test func tokenCharactersAreDigitsLettersAndTheRFC9110Symbols() {
        let symbols = Set("!#$%&'*+-.^_`|~".utf8)
        let tokens = Self.allBytes.filter(HTTPGrammar.isToken)
        #expect(tokens == Self.allBytes.filter { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || symbols.contains(byte)
        })
        #expect(tokens.count == 77)
    }

    @Test func fieldValuesTakeVisibleASCIIObsTextSpaceAndTab() {
        let refused = Self.allBytes.filter { !HTTPGrammar.isFieldValue($0) }
        #expect(refused == Array(0x00...0x08) + Array(0x0A...0x1F) + [0x7F])
    }

    @Test func targetsTakeVisibleASCIIOnly() {
        #expect(Self.allBytes.filter(HTTPGrammar.isTarget) == Array(0x21...0x7E))
    }
}
