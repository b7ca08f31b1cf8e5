import Testing
@testable import MimicHTTP

/// After a large request, the memory its handling freed goes back to the system.
@Suite struct FreedMemoryTests {
    #if canImport(Glibc)
    @Test func glibcsMallocTrimIsFoundSoALargeRequestIsFollowedByATrim() {
        #expect(FreedMemory.mallocTrim != nil)
        FreedMemory.returnToSystem()
    }
    #endif
}
