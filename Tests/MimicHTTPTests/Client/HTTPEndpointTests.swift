import MimicHTTP
import Testing

@Suite struct HTTPEndpointTests {
    @Test func readsHostPortAndBasePathWithoutTrailingSlash() throws {
        let endpoint = try HTTPEndpoint("http://127.0.0.1:8080/api/v2/")
        #expect(endpoint.host == "127.0.0.1")
        #expect(endpoint.port == 8080)
        #expect(endpoint.basePath == "/api/v2")
        #expect(endpoint.target(for: "/pets?limit=1") == "/api/v2/pets?limit=1")
        #expect(endpoint.description == "http://127.0.0.1:8080/api/v2")
    }

    @Test func defaultsToPort80AndKeepsIPv6LiteralsBracketedInTheAuthority() throws {
        #expect(try HTTPEndpoint("http://example.test").authority == "example.test:80")
        let ipv6 = try HTTPEndpoint("HTTP://[::1]:9000")
        #expect(ipv6.host == "::1")
        #expect(ipv6.authority == "[::1]:9000")
        #expect(ipv6.target(for: "*") == "*")
    }

    @Test func refusesHTTPSSayingThereIsNoTLS() {
        #expect(throws: HTTPClientError.unsupportedScheme("https://api.example.com")) { try HTTPEndpoint("https://api.example.com") }
        #expect(HTTPClientError.unsupportedScheme("https://api.example.com").description
            == "'https://api.example.com': https is not supported (Mimic links no TLS library); use an http:// URL, e.g. a local TLS-terminating proxy")
    }

    @Test(arguments: [
        ("ftp://host", "'ftp://host' is not an http:// URL: it must start with http://"),
        ("http://host:0", "'http://host:0' is not an http:// URL: its port must be a number from 1 to 65535"),
        ("http://host:80x", "'http://host:80x' is not an http:// URL: its port must be a number from 1 to 65535"),
        ("http://:80", "'http://:80' is not an http:// URL: it has no host"),
        ("http://user:secret@host", "'http://user:secret@host' is not an http:// URL: it may not carry a user name or password"),
        ("http://host/a?b=c", "'http://host/a?b=c' is not an http:// URL: it may not have a query or fragment"),
        ("http://[::1", "'http://[::1' is not an http:// URL: its IPv6 address lacks ']'"),
    ])
    func refusesWhatIsNotAnHTTPURLSayingWhy(url: String, message: String) {
        #expect {
            try HTTPEndpoint(url)
        } throws: { ($0 as? HTTPClientError)?.description == message }
    }
}
