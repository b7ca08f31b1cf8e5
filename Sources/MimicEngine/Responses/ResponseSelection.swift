import MimicContracts
import MimicSchema

/// The declared response an operation answers with, and the status it is sent with.
///
/// Without a preference: the success response of the lowest declared code, as Prism chooses, else a `2XX`
/// range (answering 200); else `default`, as 200; else the first response declared (a range answers its first
/// code, `4XX` → 400); an operation that declares no response at all answers 200 with nothing declared. An
/// informational (1xx) response is never chosen: HTTP cannot send one as the answer, and a client would wait on.
///
/// With `Prefer: code=…` (as Prism does): the response declared for exactly that code, else the range that
/// holds it, else `default`; nil when none of them is declared. With `Prefer: example=…` alone: the default
/// choice when it declares that example, else the first response that does (a Postman saved response is chosen
/// by its name whatever its status), else the default choice.
struct ResponseSelection: Sendable {
    var status: Int
    /// The declared response; nil when the operation declares none.
    var response: Response?

    init(status: Int, response: Response?) {
        self.status = status
        self.response = response
    }

    /// The response of `operation` for `preferredCode`, else the one declaring the example `preferredExample`,
    /// or the default choice when there is no preference.
    init?(for operation: APIOperation, preferring preferredCode: Int?, example preferredExample: String? = nil) {
        let responses = operation.responses
        if let code = preferredCode {
            guard let response = responses.first(where: { $0.status == .code(code) })
                ?? responses.first(where: { $0.status == .range(code / 100) })
                ?? responses.first(where: { $0.status == .default }) else { return nil }
            self.init(status: code, response: response)
        } else if let choice = Self.lowestSuccess(in: responses) ?? responses.first(where: { $0.status == .default })
            ?? responses.first(where: { !Self.isInformational($0) }) {
            let named = preferredExample.flatMap { name in
                choice.declaresExample(named: name) ? nil : responses.first { !Self.isInformational($0) && $0.declaresExample(named: name) }
            }
            let response = named ?? choice
            self.init(status: Self.status(of: response.status), response: response)
        } else {
            self.init(status: 200, response: nil)
        }
    }

    /// The success response of the lowest declared code, else the `2XX` range (as Prism).
    private static func lowestSuccess(in responses: [Response]) -> Response? {
        let codes = responses.filter { if case .code(let code) = $0.status { (200...299).contains(code) } else { false } }
        return codes.min { status(of: $0.status) < status(of: $1.status) } ?? responses.first { $0.status == .range(2) }
    }

    /// Whether `response` is declared for an informational status (1xx), which is never the answer.
    private static func isInformational(_ response: Response) -> Bool {
        status(of: response.status) < 200
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
