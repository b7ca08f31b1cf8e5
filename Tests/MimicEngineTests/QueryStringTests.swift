import Testing
@testable import MimicEngine
@testable import MimicSchema

@Suite struct QueryStringTests {
    @Test func pairsAreDecodedInOrder() {
        let query = QueryString("a=1&b=two+words&a=%C3%A9t%C3%A9&flag&&c=x%3Dy%26z".utf8)
        #expect(query.pairs.map { "\($0.name)=\($0.value)" } == ["a=1", "b=two words", "a=été", "flag=", "c=x=y&z"])
        #expect(query.values(for: "a") == ["1", "été"])
        #expect(query.faults.isEmpty)
    }

    @Test func undecodablePairsAreFaultsNotPairs() {
        let query = QueryString("ok=1&cut=%4&bad=%ZZ&latin=%E9&%FF=v".utf8)
        #expect(query.pairs == [QueryString.Pair(name: "ok", value: "1")])
        #expect(query.faults == [
            QueryString.Fault(name: "cut", reason: "the percent-encoding '%4' is cut short; write a byte as % and two hexadecimal digits"),
            QueryString.Fault(name: "bad", reason: "'%ZZ' is not a percent-encoding; write a byte as % and two hexadecimal digits, and % itself as %25"),
            QueryString.Fault(name: "latin", reason: "the decoded bytes are not UTF-8 text"),
            QueryString.Fault(name: "%FF", reason: "its name cannot be decoded: the decoded bytes are not UTF-8 text"),
        ])
    }

    @Test func aMultipartBodyGivesItsFieldsAndABrokenOneAFault() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nNightly\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nline 1\r\nline 2\r\n--XyZ--\r\n"
        let form = MultipartForm(Array(body.utf8), boundary: "XyZ")
        #expect(form.fields.map { "\($0.name)=\($0.value)" } == ["title=Nightly", "file=line 1\r\nline 2"])
        #expect(form.fault == nil)
        #expect(MultipartForm(Array("--XyZ\r\nno headers".utf8), boundary: "XyZ").fault == "part 1 is not a header block and a content ended by the boundary 'XyZ'")
        #expect(MultipartForm([], boundary: nil).fault == "the multipart/form-data Content-Type names no boundary")
    }

    @Test func aPartMustBeFormDataWithANonEmptyName() {
        let attachment = "--XyZ\r\nContent-Disposition: attachment; name=\"title\"\r\n\r\nNightly\r\n--XyZ--\r\n"
        let nameless = "--XyZ\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nNightly\r\n--XyZ--\r\n"
        let quoted = "--XyZ\r\ncontent-disposition: Form-Data; filename=\"a;b.txt\"; name=\"say \\\"hi\\\"\"\r\n\r\nx\r\n--XyZ--\r\n"
        #expect(MultipartForm(Array(attachment.utf8), boundary: "XyZ").fault == "part 1 has no Content-Disposition: form-data with a name")
        #expect(MultipartForm(Array(nameless.utf8), boundary: "XyZ").fault == "part 1 has no Content-Disposition: form-data with a name")
        #expect(MultipartForm(Array(quoted.utf8), boundary: "XyZ").fields == [QueryString.Pair(name: #"say "hi""#, value: "x")])
    }
}
