import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Mimic
import MimicContracts
import MimicEngine
import MimicHTTPTypes
import Synchronization

/// Answers a `URLSession` from your contracts inside the process: no socket, no port.
///
/// For the app's own base URL, register the contracts for its hosts; the registration's journal tells what the app
/// sent, and a delay or a `URLError` can be injected:
///
/// ```swift
/// let backend = try MockURLProtocol.register(contractsAt: ["Contracts"], hosts: ["api.example.com"])
/// defer { backend.unregister() }
/// let (data, response) = try await backend.session().data(from: URL(string: "https://api.example.com/api/backups")!)
/// #expect(backend.journal.entries.filter(\.isInvalid).isEmpty)   // on failure, prints each invalid request and why
/// ```
///
/// Every registration also gets a made-up host of its own (``Registration/baseURL``, `http://mimic-1.invalid`), so
/// registrations for different contracts or seeds can run side by side. A host named by several live
/// registrations is answered by the newest; a registration for every host (``Hosts/all``) answers the hosts no
/// registration names. A session asks this protocol when its configuration lists it: ``enable(in:)`` adds it (as
/// ``Registration/session(configuration:)`` does). For `URLSession.shared`, `URLProtocol.registerClass(_:)` it once
/// (before the shared session's first use, on Linux); it answers only the hosts a live registration answers.
public final class MockURLProtocol: URLProtocol {
    /// The hosts a registration answers.
    public enum Hosts: Sendable, ExpressibleByArrayLiteral {
        /// These hosts (any port, any scheme; case does not matter).
        case named([String])
        /// Every host.
        case all

        public init(arrayLiteral hosts: String...) {
            self = .named(hosts)
        }
    }

    private struct Registry {
        /// The live registrations, oldest first.
        var registrations: [Registration] = []
        /// How many were ever made: the number of the next made-up host.
        var made = 0
    }

    private static let registry = Mutex(Registry())

    /// Makes `service` answer requests to `hosts` and to a made-up host of its own, until
    /// ``Registration/unregister()``.
    public static func register(_ service: MockService, hosts: Hosts = []) -> Registration {
        registry.withLock { registry in
            registry.made += 1
            let registration = Registration(service: service, hosts: hosts, madeUpHost: "mimic-\(registry.made).invalid")
            registry.registrations.append(registration)
            return registration
        }
    }

    /// Makes the contracts in `paths` answer requests to `hosts` and to a made-up host of their own, until
    /// ``Registration/unregister()``; requests are checked strictly if `strict` (undeclared query parameters and
    /// form fields are violations too); with `stateful`, what requests create, change and delete is what later
    /// ones read, per `Mimic-Session` (see ``Registration/baseURL(session:)``).
    ///
    /// - Throws: ``MockServerError/contractErrors(_:)`` when any contract has an error.
    public static func register(
        contractsAt paths: [String], seed: UInt64 = MockServer.Configuration().seed, strict: Bool = false, stateful: Bool = false,
        hosts: Hosts = []
    ) throws(MockServerError) -> Registration {
        let contracts = ContractLoader.serving.load(paths)
        guard !contracts.hasErrors else { throw .contractErrors(contracts.diagnostics) }
        return register(MockService(contracts: contracts, seed: seed, strict: strict, state: stateful ? StateStore() : nil), hosts: hosts)
    }

    /// A session and base URL answering from the contracts in `paths`, checking requests strictly if
    /// `strict`; the registration behind them stays for the life of the process.
    ///
    /// - Throws: ``MockServerError/contractErrors(_:)`` when any contract has an error.
    public static func session(
        contractsAt paths: [String], seed: UInt64 = MockServer.Configuration().seed, strict: Bool = false
    ) throws(MockServerError) -> (URLSession, URL) {
        let registration = try register(contractsAt: paths, seed: seed, strict: strict)
        return (registration.session(), registration.baseURL)
    }

    /// Makes sessions made with `configuration` ask this protocol first.
    public static func enable(in configuration: URLSessionConfiguration) {
        configuration.protocolClasses = [MockURLProtocol.self] + (configuration.protocolClasses ?? []).filter { $0 != MockURLProtocol.self }
    }

    /// Forgets `registration`.
    static func unregister(_ registration: Registration) {
        registry.withLock { $0.registrations.removeAll { $0 === registration } }
    }

    /// The registration answering `url` now: the newest naming its host, else the newest for every host; nil when
    /// none does. For a session from ``session(contractsAt:seed:strict:)``, its base URL finds its journal.
    public static func registration(for url: URL?) -> Registration? {
        guard let host = url?.host?.lowercased() else { return nil }
        return registry.withLock { registry in
            registry.registrations.last { $0.answers(host) } ?? registry.registrations.last { $0.answersEveryHost }
        }
    }

    private let stopped = Atomic(false)

    override public class func canInit(with request: URLRequest) -> Bool {
        registration(for: request.url) != nil
    }

    override public class func canonicalRequest(for request: URLRequest) -> URLRequest {
        request
    }

    override public func startLoading() {
        guard let url = request.url, let registration = Self.registration(for: url) else {
            client?.urlProtocol(self, didFailWithError: URLError(.unsupportedURL))
            return
        }
        let (delay, failure) = registration.injected
        guard delay > .zero else { return finish(url: url, registration: registration, failure: failure) }
        let (seconds, attoseconds) = delay.components
        // URLProtocol is not Sendable; the load is handed over whole, and only this timer finishes it.
        nonisolated(unsafe) let load = self
        DispatchQueue.global().asyncAfter(deadline: .now() + Double(seconds) + Double(attoseconds) / 1e18) {
            load.finish(url: url, registration: registration, failure: failure)
        }
    }

    override public func stopLoading() {
        stopped.store(true, ordering: .relaxed)
    }

    /// Fails with `failure`, or answers from the registration's service, unless the load was stopped meanwhile.
    private func finish(url: URL, registration: Registration, failure: URLError?) {
        guard !stopped.load(ordering: .relaxed) else { return }
        if let failure { return client?.urlProtocol(self, didFailWithError: failure) ?? () }
        var sent = httpRequest(for: url)
        if let session = registration.session(named: url.host?.lowercased() ?? ""), !sent.headers.contains(MockEngine.sessionHeader) {
            sent.headers.add(MockEngine.sessionHeader, session)
        }
        let answer = registration.service.respond(to: sent).response
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
