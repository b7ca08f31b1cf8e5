import MimicContracts
import MimicSchema

/// The declared response an operation answers with, and the status it is sent with.
///
/// Without a preference: the success response of the lowest code, as Prism chooses (a `2XX` range answers 200,
/// after a declared `200`); else `default`, as 200; else the first response declared (a range answers its first
/// code, `4XX` → 400); an operation that declares no response at all answers 200 with nothing declared.
///
/// With `Prefer: code=…` (as Prism does): the response declared for exactly that code, else the range that
/// holds it, else `default`; nil when none of them is declared.
struct ResponseSelection: Sendable {
    var status: Int
    /// The declared response; nil when the operation declares none.
    var response: Response?

    init(status: Int, response: Response?) {
        self.status = status
        self.response = response
    }

    /// The response of `operation` for `preferredCode`, or the default choice when there is no preference.
    init?(for operation: APIOperation, preferring preferredCode: Int?) {
        let responses = operation.responses
        if let code = preferredCode {
            guard let response = responses.first(where: { $0.status == .code(code) })
                ?? responses.first(where: { $0.status == .range(code / 100) })
                ?? responses.first(where: { $0.status == .default }) else { return nil }
            self.init(status: code, response: response)
        } else if let response = Self.lowestSuccess(in: responses) ?? responses.first(where: { $0.status == .default }) ?? responses.first {
            self.init(status: Self.status(of: response.status), response: response)
        } else {
            self.init(status: 200, response: nil)
        }
    }

    /// The success response whose code is lowest (an exact code before a range answering the same code).
    private static func lowestSuccess(in responses: [Response]) -> Response? {
        responses.filter(\.status.isSuccess).min { left, right in
            let (leftCode, rightCode) = (status(of: left.status), status(of: right.status))
            guard leftCode == rightCode else { return leftCode < rightCode }
            return left.status != .range(2) && right.status == .range(2)
        }
    }

    /// The code a declared status answers with when nothing narrows it.
    private static func status(of declared: ResponseStatus) -> Int {
        switch declared {
        case .code(let code): code
        case .range(let first): first * 100
        case .default: 200
        }
    }
}
