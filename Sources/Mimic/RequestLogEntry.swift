import MimicContracts

/// One request as `mimic serve` logs it: what was asked, what was answered, and how long it took.
public struct RequestLogEntry: Sendable {
    public var method: String
    /// The request target as sent (path and query).
    public var target: String
    public var status: Int
    /// The `operationId` (or `METHOD /path`) of the operation that answered; nil for 404, 405 and admin endpoints.
    public var operation: String?
    public var milliseconds: Double

    public init(method: String, target: String, status: Int, operation: String?, milliseconds: Double) {
        self.method = method
        self.target = target
        self.status = status
        self.operation = operation
        self.milliseconds = milliseconds
    }

    /// `GET /v1/things/42 200 getThing 0.21ms`: one log line, without a newline.
    public var line: String {
        let rounded = (milliseconds * 100).rounded() / 100
        return "\(method) \(target) \(status) \(operation ?? "-") \(rounded)ms"
    }
}
