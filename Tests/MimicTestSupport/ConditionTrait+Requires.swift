import Testing

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only when `file` exists; otherwise it is skipped, visibly, the skip naming the
    /// missing file. For the files outside the package (`../shared/`), which a checkout may not have.
    public static func requires(_ file: WorkspaceFile, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled(if: file.exists, Comment(rawValue: "\(file) not found"), sourceLocation: sourceLocation)
    }
}
