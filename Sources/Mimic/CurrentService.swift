import Synchronization

/// The service a ``MockServer`` answers with: replaced whole by a reload, taken whole by each request, so that
/// no request sees part of one contract set and part of another.
final class CurrentService: Sendable {
    private let service: Mutex<MockService>

    init(_ service: MockService) {
        self.service = Mutex(service)
    }

    /// The service now.
    var now: MockService {
        service.withLock { $0 }
    }

    /// Serves with `newService` from now on.
    func replace(with newService: MockService) {
        service.withLock { $0 = newService }
    }
}
