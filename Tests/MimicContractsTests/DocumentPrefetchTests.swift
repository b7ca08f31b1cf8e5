import Dispatch
import MimicYAML
import Synchronization
import Testing
@testable import MimicContracts

/// How the files of a load are parsed ahead on a thread of their own.
@Suite struct DocumentPrefetchTests {
    /// A document holding the name of the file it was read from, as a stand-in for parsing it.
    private static func document(of file: String) -> Result<YAMLNode, Diagnostic> {
        .success(YAMLNode(.scalar(YAMLScalar(file, kind: .string)), at: SourceLocation(line: 1, column: 1, offset: 0)))
    }

    private static func name(_ document: Result<YAMLNode, Diagnostic>?) -> String? {
        guard case .success(let node) = document else { return nil }
        return node.string
    }

    @Test func everyFileIsTakenOnceInWhateverOrderTheLoadAsks() {
        let files = (1...8).map { "file\($0).yaml" }
        let prefetch = DocumentPrefetch(files) { Self.document(of: $0) }
        let taken = files.reversed().map { file in Self.name(prefetch.take(file) { Self.document(of: $0) }) }
        #expect(taken == files.reversed())
        #expect(Self.name(prefetch.take("file1.yaml") { Self.document(of: $0) }) == nil)
        #expect(Self.name(prefetch.take("other.yaml") { Self.document(of: $0) }) == nil)
    }

    @Test func aReaderHeldUpOnAFileIsWaitedForBrieflyThenTheFileIsParsedByTheLoad() {
        let held = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let calls = Mutex<[String]>([])
        let prefetch = DocumentPrefetch(["a.yaml", "b.yaml"]) { file in
            let first = calls.withLock { calls in
                calls.append(file)
                return calls.filter { $0 == file }.count == 1
            }
            if file == "b.yaml", first {
                held.signal()
                release.wait()
            }
            return Self.document(of: file)
        }
        held.wait()  // the reader has parsed a.yaml and is stuck in b.yaml
        let read: (String) -> Result<YAMLNode, Diagnostic> = { file in
            calls.withLock { $0.append(file) }
            return Self.document(of: file)
        }
        #expect(Self.name(prefetch.take("a.yaml", read: read)) == "a.yaml")
        #expect(Self.name(prefetch.take("b.yaml", read: read)) == "b.yaml")
        release.signal()
        #expect(calls.withLock { $0 } == ["a.yaml", "b.yaml", "b.yaml"])
    }
}
