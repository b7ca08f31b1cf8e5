import MimicHTTPTypes
import Synchronization

/// An answer made when first asked for, then kept: for an admin answer that would otherwise be made at start,
/// where it slows every start (the route table of a large contract set takes milliseconds) for a request few make.
final class LazyAnswer: Sendable {
    private let make: @Sendable () -> HTTPResponse
    private let made = Mutex<HTTPResponse?>(nil)

    /// An answer `make` makes, once.
    init(_ make: @escaping @Sendable () -> HTTPResponse) {
        self.make = make
    }

    /// The answer, made now if it is the first time.
    var response: HTTPResponse {
        made.withLock { made in
            if let made { return made }
            let response = make()
            made = response
            return response
        }
    }
}
