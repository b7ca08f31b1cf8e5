import Testing
@testable import MimicCLI
import Mimic

/// `mimic serve`'s `--delay`, `--chaos` and `--no-cors`, read without starting a server.
@Suite struct ServeDisturbanceOptionsTests {
    @Test func delayAndChaosAreReadIntoTheDisturbance() throws {
        let arguments = try ParsedArguments(["--delay", "50ms-400ms", "--chaos", "0.05", "--no-cors"], for: ServeCommand.specification)
        let disturbance = try arguments.disturbance(of: ServeCommand.specification)
        #expect(disturbance == Disturbance(delay: DelayRange(lowerMilliseconds: 50, upperMilliseconds: 400), chaosRate: 0.05))
        #expect(arguments.flag("--no-cors"))
    }

    @Test func withoutThemThereIsNoDisturbanceAndCORSIsOn() throws {
        let arguments = try ParsedArguments([], for: ServeCommand.specification)
        #expect(try arguments.disturbance(of: ServeCommand.specification) == Disturbance())
        #expect(!arguments.flag("--no-cors"))
        #expect(MockServer.Configuration().cors)
    }

    @Test(arguments: ["2m", "70s", "400ms-50ms", "-5", "fast", ""])
    func aDelayIsAtMostAMinuteAndARangeGoesUp(value: String) {
        let result = runMimic("serve", "--delay", value)
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix(
            "Error: The value '\(value)' is invalid for '--delay <delay>': expected a delay such as 200ms or 1s, or a range such as 50ms-400ms, of at most 60s.\n"))
    }

    @Test(arguments: ["2", "-0.1", "nan", "some"])
    func theChaosRateIsANumberFromZeroToOne(value: String) {
        let result = runMimic("serve", "--chaos", value)
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: The value '\(value)' is invalid for '--chaos <rate>': expected a number from 0 to 1.\n"))
    }

    @Test func aForcedFailureIsNamedInEitherLogFormat() {
        let entry = JournalEntry(
            sequence: 3, method: "GET", target: "/api/backups", status: 200, operation: nil, violations: [], milliseconds: 0.25,
            forced: "chaos fault=reset")
        #expect(RequestLogFormat.text.line(for: entry) == "GET /api/backups 200 - 0.25ms (forced: chaos fault=reset)\n")
        #expect(RequestLogFormat.json.line(for: entry) == #"{"sequence":3,"method":"GET","target":"/api/backups","status":200,"operationId":null,"milliseconds":0.25,"violations":0,"forced":"chaos fault=reset"}"# + "\n")
    }
}
