import MimicContracts

extension APIOperation {
    /// Whether the operation's first declared success holds only answers saved without a body (Postman saved
    /// responses with an empty or missing body), so that it is answered without one.
    public var savesOnlyAnswersWithoutBody: Bool {
        guard let success = responses.first(where: { $0.status.isSuccess }) else { return false }
        return success.contents.isEmpty && !success.examplesWithoutBody.isEmpty
    }
}
