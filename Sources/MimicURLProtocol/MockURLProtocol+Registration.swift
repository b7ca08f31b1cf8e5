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

        init(service: MockService, hosts: Hosts, madeUpHost: String) {
            self.service = service
            self.hosts = hosts
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

        /// A session asking ``MockURLProtocol`` first, made from `configuration`; its requests read and change the
        /// state of Mimic session `mimicSession` (the `Mimic-Session` header) of a stateful registration.
        public func session(configuration: URLSessionConfiguration = .ephemeral, mimicSession: String? = nil) -> URLSession {
            MockURLProtocol.enable(in: configuration)
            if let mimicSession {
                configuration.httpAdditionalHeaders = (configuration.httpAdditionalHeaders ?? [:]).merging([MockEngine.sessionHeader: mimicSession]) { $1 }
            }
            return URLSession(configuration: configuration)
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

        /// Whether it names `host` (lowercased), its made-up host included.
        func answers(_ host: String) -> Bool {
            named.contains(host)
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
