/// The exit statuses `mimic` uses.
enum ExitStatus {
    static let success: Int32 = 0
    /// The command ran and found a problem (a contract error).
    static let failure: Int32 = 1
    /// The command line was wrong (BSD's EX_USAGE).
    static let usage: Int32 = 64
}
