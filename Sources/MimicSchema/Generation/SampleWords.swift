/// The small, fixed word lists sample data is made of. Addresses use the reserved `example.com` domain.
enum SampleWords {
    static let adjectives = [
        "Nightly", "Weekly", "Primary", "Secondary", "Daily", "Archived", "Quarterly", "Remote",
        "Local", "Shared", "Critical", "Default", "Monthly", "Legacy", "Staging", "Production",
    ]
    static let nouns = [
        "item", "record", "entry", "project", "account", "report", "task", "folder",
    ]
    static let firstNames = [
        "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar",
    ]
    static let lastNames = [
        "smith", "jones", "garcia", "miller", "davis", "lopez", "wilson", "taylor", "moore", "clark",
    ]
    static let words = [
        "amber", "harbor", "falcon", "meadow", "copper", "river", "summit", "cedar",
        "lantern", "orbit", "willow", "granite", "beacon", "canyon", "ember", "juniper",
    ]
    static let kinds = [
        "standard", "full", "incremental", "differential", "manual", "scheduled", "internal", "external",
    ]
    static let sentences = [
        "Created automatically for testing.",
        "Keeps the last seven copies.",
        "Runs every night at two.",
        "Covers the production databases.",
        "Imported from the previous system.",
        "Reviewed and approved by the owner.",
        "Scheduled for cleanup next month.",
        "Replicated to the secondary region.",
    ]
}
