/// The small, fixed word lists sample data is made of, our own (no data files at run time). Addresses use the
/// reserved `example.com` domain.
enum SampleWords {
    static let adjectives = [
        "Nightly", "Weekly", "Primary", "Secondary", "Daily", "Archived", "Quarterly", "Remote",
        "Local", "Shared", "Critical", "Default", "Monthly", "Legacy", "Staging", "Production",
    ]
    static let nouns = [
        "item", "record", "entry", "project", "account", "report", "task", "folder",
    ]
    static let firstNames = [
        "Alice", "Bob", "Carol", "David", "Erin", "Frank", "Grace", "Hiro", "Ines", "Jamal", "Kofi", "Lena",
        "Mateo", "Nadia", "Oscar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Yara",
    ]
    static let lastNames = [
        "Smith", "Jones", "Garcia", "Miller", "Davis", "Lopez", "Wilson", "Taylor", "Moore", "Clark", "Nguyen",
        "Okafor", "Schmidt", "Rossi", "Novak", "Tanaka", "Silva", "Kowalski", "Haddad", "Andersson", "Patel", "Murphy",
    ]
    static let words = [
        "amber", "harbor", "falcon", "meadow", "copper", "river", "summit", "cedar",
        "lantern", "orbit", "willow", "granite", "beacon", "canyon", "ember", "juniper",
    ]
    static let companyStems = [
        "Northwind", "Bluebird", "Summit", "Cedar", "Harbor", "Granite", "Lumen", "Brightwater", "Ironbark",
        "Silverline", "Redwood", "Foxglove", "Keystone", "Tidewater", "Aster", "Quarry",
    ]
    static let companySuffixes = [
        "Labs", "Logistics", "Systems", "Foods", "Partners", "Analytics", "Health", "Studio", "Energy", "Software",
        "Outfitters", "Consulting",
    ]
    static let jobLevels = ["Senior", "Lead", "Junior", "Principal", "Staff", "Associate"]
    static let jobRoles = [
        "Software Engineer", "Product Manager", "Data Analyst", "Product Designer", "Account Executive",
        "Support Specialist", "Operations Manager", "Marketing Coordinator", "Financial Analyst", "Recruiter",
        "Site Reliability Engineer", "Technical Writer",
    ]
    static let streetNames = [
        "Maple", "Oak", "Elm", "Park", "Lake", "Hill", "Station", "Church", "Mill", "River", "Chestnut", "Willow",
    ]
    static let streetSuffixes = ["Street", "Avenue", "Road", "Lane", "Drive", "Way", "Court", "Boulevard"]
    static let productAdjectives = [
        "Ergonomic", "Compact", "Wireless", "Organic", "Classic", "Portable", "Recycled", "Smart", "Handmade", "Rugged",
    ]
    static let productNouns = [
        "Desk Lamp", "Coffee Grinder", "Backpack", "Headphones", "Water Bottle", "Notebook", "Office Chair",
        "Kettle", "Running Shoes", "Keyboard", "Blender", "Umbrella",
    ]
    static let fileStems = [
        "quarterly-report", "invoice", "meeting-notes", "product-photo", "contract", "export", "budget", "logo",
        "release-notes", "screenshot",
    ]
    /// File extensions with their MIME types.
    static let fileTypes: [(fileExtension: String, mimeType: String)] = [
        ("pdf", "application/pdf"), ("png", "image/png"), ("jpg", "image/jpeg"), ("csv", "text/csv"),
        ("json", "application/json"), ("zip", "application/zip"), ("txt", "text/plain"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ]
    static let kinds = [
        "standard", "full", "incremental", "differential", "manual", "scheduled", "internal", "external",
    ]
    static let statuses = [
        "active", "pending", "completed", "inactive", "processing", "failed", "cancelled", "draft",
    ]
    static let frequencies = ["hourly", "daily", "weekly", "monthly"]
    static let folders = ["/var/backups", "/srv/data", "/home/shared/documents", "/opt/exports"]
    static let tags = [
        "urgent", "backend", "billing", "beta", "featured", "internal", "onboarding", "security", "mobile",
        "analytics", "design", "support",
    ]
    static let titles = [
        "Quarterly planning review", "Migrate the billing service", "Welcome to the new dashboard",
        "Improve onboarding emails", "Spring product launch", "Fix the login timeout", "Team offsite agenda",
        "Update the privacy policy", "Weekly sales summary", "Customer feedback roundup",
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
        "Ships within two business days.",
        "Ask the support team before changing this.",
        "Shared with the whole marketing team.",
        "Updated after the customer call on Monday.",
    ]
}
