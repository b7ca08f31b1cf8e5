import MimicEngine
import MimicHTTPTypes
import Synchronization

/// The service a ``MockServer`` answers with: replaced whole by a reload, taken whole by each request, so that
/// no request sees part of one contract set and part of another.
final class CurrentService: Sendable {
    /// The service, held by reference, so that taking it for a request costs one reference, not a copy of its
    /// every field.
    private final class Held: Sendable {
        let service: MockService

        init(_ service: MockService) {
            self.service = service
        }
    }

    private let held: Mutex<Held>

    init(_ service: MockService) {
        held = Mutex(Held(service))
    }

    /// The service now.
    var now: MockService {
        held.withLock { $0 }.service
    }

    /// Answers `request` with the service now, handing `log` its entry.
    func respond(to request: HTTPRequest, log: (@Sendable (JournalEntry) -> Void)?) -> HTTPResponse {
        let held = held.withLock { $0 }
        return held.service.respond(to: request, log: log)
    }

    /// Serves with `newService` from now on.
    func replace(with newService: MockService) {
        held.withLock { $0 = Held(newService) }
    }
}
