import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Mimic
import MimicEngine
import Synchronization

extension MockURLProtocol {
    /// A service answering some hosts through ``MockURLProtocol``, until ``unregister()``: its journal, and what a
    /// test injects (a delay, a failure).
    public final class Registration: Sendable {
        /// What answers the requests.
        public let service: MockService
        /// The hosts answered, besides the made-up one of ``baseURL``.
        public let hosts: Hosts
        /// `http://mimic-N.invalid`: a host only this registration answers.
        public let baseURL: URL
        private let named: Set<String>
        private let injections = Mutex<(delay: Duration, failure: URLError?)>((.zero, nil))
        /// The made-up host the others derive from.
        private let madeUpHost: String
        /// The Mimic sessions given a base URL of their own, in the order asked for.
        private let sessionHosts = Mutex<[String]>([])

        init(service: MockService, hosts: Hosts, madeUpHost: String) {
            self.service = service
            self.hosts = hosts
            self.madeUpHost = madeUpHost
            baseURL = URL(string: "http://\(madeUpHost)")!
            switch hosts {
            case .named(let names): named = Set(names.map { $0.lowercased() } + [madeUpHost])
            case .all: named = [madeUpHost]
            }
        }

        /// The requests answered (a failed one never reaches the service, and is not journaled).
        public var journal: RequestJournal {
            service.journal
        }

        /// How long each request waits before it is answered or fails; zero unless set.
        public var delay: Duration {
            get { injections.withLock { $0.delay } }
            set { injections.withLock { $0.delay = newValue } }
        }

        /// The error each request fails with, after the ``delay``, instead of being answered; nil unless set.
        public var failure: URLError? {
            get { injections.withLock { $0.failure } }
            set { injections.withLock { $0.failure = newValue } }
        }

        /// A session asking ``MockURLProtocol`` first, made from `configuration`.
        public func session(configuration: URLSessionConfiguration = .ephemeral) -> URLSession {
            MockURLProtocol.enable(in: configuration)
            return URLSession(configuration: configuration)
        }

        /// A base URL of its own for Mimic session `name`: requests to it read and change that session's state,
        /// as if they sent `Mimic-Session: name` (a `URLSession`'s additional headers do not reach a
        /// `URLProtocol`, so the host carries the session: `http://mimic-1-session-0.invalid`).
        public func baseURL(session name: String) -> URL {
            let index = sessionHosts.withLock { names in
                if let index = names.firstIndex(of: name) { return index }
                names.append(name)
                return names.count - 1
            }
            return URL(string: "http://\(Self.sessionHost(index, of: madeUpHost))")!
        }

        /// The Mimic session the host of a ``baseURL(session:)`` names; nil for any other host.
        func session(named host: String) -> String? {
            let prefix = String(madeUpHost.dropLast(".invalid".count)) + "-session-"
            guard host.hasPrefix(prefix), host.hasSuffix(".invalid"), let index = Int(host.dropFirst(prefix.count).dropLast(".invalid".count)) else { return nil }
            return sessionHosts.withLock { index < $0.count ? $0[index] : nil }
        }

        private static func sessionHost(_ index: Int, of madeUpHost: String) -> String {
            String(madeUpHost.dropLast(".invalid".count)) + "-session-\(index).invalid"
        }

        /// What requests created, changed and deleted, when registered `stateful`; nil otherwise.
        public var state: StateStore? {
            service.engine.state
        }

        /// Forgets what requests created, changed and deleted in Mimic session `name` (every session's, when nil).
        public func resetState(session name: String? = nil) {
            state?.reset(session: name)
        }

        /// Stops answering: its hosts go back to the network (or to older registrations).
        public func unregister() {
            MockURLProtocol.unregister(self)
        }

        /// Whether it names `host` (lowercased), its made-up host and those of its sessions included.
        func answers(_ host: String) -> Bool {
            named.contains(host) || session(named: host) != nil
        }

        var answersEveryHost: Bool {
            if case .all = hosts { true } else { false }
        }

        /// The delay and failure, read at one instant.
        var injected: (delay: Duration, failure: URLError?) {
            injections.withLock { $0 }
        }
    }
}
