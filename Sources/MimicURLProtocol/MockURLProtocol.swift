import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Mimic
import MimicContracts
import MimicHTTPTypes
import Synchronization

/// Answers a `URLSession` from your contracts inside the process: no socket, no port.
///
/// ```swift
/// let (session, baseURL) = try MockURLProtocol.session(contractsAt: ["Contracts"])
/// let (data, response) = try await session.data(from: baseURL.appending(path: "api/backups"))
/// ```
///
/// Each registered service gets a base URL of its own (`http://mimic-1.invalid`), so sessions for different
/// contracts or seeds can run side by side.
public final class MockURLProtocol: URLProtocol {
    private static let services = Mutex<[String: MockService]>([:])

    /// Makes `service` answer requests to the returned base URL in sessions that use this protocol.
    public static func register(_ service: MockService) -> URL {
        let host = services.withLock { services in
            let host = "mimic-\(services.count + 1).invalid"
            services[host] = service
            return host
        }
        return URL(string: "http://\(host)")!
    }

    /// A session and base URL answering from the contracts in `paths`, checking requests strictly if
    /// `strict` (undeclared query parameters and form fields are violations too).
    ///
    /// - Throws: ``MockServerError/contractErrors(_:)`` when any contract has an error.
    public static func session(
        contractsAt paths: [String], seed: UInt64 = MockServer.Configuration().seed, strict: Bool = false
    ) throws(MockServerError) -> (URLSession, URL) {
        let contracts = ContractLoader.serving.load(paths)
        guard !contracts.hasErrors else { throw .contractErrors(contracts.diagnostics) }
        let baseURL = register(MockService(contracts: contracts, seed: seed, strict: strict))
        let configuration = URLSessionConfiguration.ephemeral
        configuration.protocolClasses = [MockURLProtocol.self]
        return (URLSession(configuration: configuration), baseURL)
    }

    private static func service(for url: URL?) -> MockService? {
        guard let host = url?.host else { return nil }
        return services.withLock { $0[host] }
    }

    override public class func canInit(with request: URLRequest) -> Bool {
        service(for: request.url) != nil
    }

    override public class func canonicalRequest(for request: URLRequest) -> URLRequest {
        request
    }

    override public func startLoading() {
        guard let url = request.url, let service = Self.service(for: url) else {
            client?.urlProtocol(self, didFailWithError: URLError(.unsupportedURL))
            return
        }
        let answer = service.respond(to: httpRequest(for: url)).response
        var headers: [String: String] = [:]
        for field in answer.headers {
            headers[field.name] = headers[field.name].map { $0 + ", " + field.value } ?? field.value
        }
        headers["Content-Length"] = String(answer.body.count)
        let response = HTTPURLResponse(url: url, statusCode: answer.status, httpVersion: "HTTP/1.1", headerFields: headers)!
        client?.urlProtocol(self, didReceive: response, cacheStoragePolicy: .notAllowed)
        if !answer.body.isEmpty, answer.sendsBody(answering: request.httpMethod ?? "GET") {
            client?.urlProtocol(self, didLoad: Data(answer.body))
        }
        client?.urlProtocolDidFinishLoading(self)
    }

    override public func stopLoading() {}

    /// The request as the HTTP layer would have parsed it.
    private func httpRequest(for url: URL) -> HTTPRequest {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let path = components?.percentEncodedPath.isEmpty == false ? components!.percentEncodedPath : "/"
        let query = components?.percentEncodedQuery
        var headers = HTTPHeaders()
        headers.add("Host", url.host ?? "")
        for (name, value) in (request.allHTTPHeaderFields ?? [:]).sorted(by: { $0.key < $1.key }) {
            headers.add(name, value)
        }
        return HTTPRequest(
            method: request.httpMethod ?? "GET", target: query.map { path + "?" + $0 } ?? path, version: .http11,
            headers: headers, body: [UInt8](bodyData()))
    }

    private func bodyData() -> Data {
        if let body = request.httpBody { return body }
        guard let stream = request.httpBodyStream else { return Data() }
        stream.open()
        defer { stream.close() }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while stream.hasBytesAvailable {
            let count = stream.read(&buffer, maxLength: buffer.count)
            guard count > 0 else { break }
            data.append(buffer, count: count)
        }
        return data
    }
}
