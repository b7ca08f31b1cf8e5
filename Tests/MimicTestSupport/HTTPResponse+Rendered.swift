import MimicHTTPTypes

extension HTTPResponse {
    /// The whole response as text, for pinning: the status, one `Name: value` line per header, then the body.
    public var rendered: String {
        (["\(status)"] + headers.map { "\($0.name): \($0.value)" } + [String(decoding: body, as: UTF8.self)]).joined(separator: "\n")
    }
}
