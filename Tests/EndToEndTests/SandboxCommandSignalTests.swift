import Foundation
import Testing

extension AppEndToEnd {
    /// `acquire-cases sandbox` stops on SIGTERM or SIGINT whenever it comes: the signal sent the
    /// moment the server says it is ready (as a benchmark or a script does) is never lost. With the
    /// old `SIG_IGN` + dispatch signal source, one sent in between was dropped and the sandbox ran
    /// for ever. Each run is bounded by `timeout` (a hang is status 124), not timed.
    @Suite struct SandboxCommandSignalTests {
        /// Starts the sandbox `runs` times, sends `signal` as soon as its export lines appear,
        /// and prints each run's exit status and whether it said it was stopping.
        static func stopRightAfterReady(signal: String, runs: Int) throws -> [String] {
            let bin = try Binary.path()
            let dir = NSTemporaryDirectory() + "acq-sbsig-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let script = """
                i=0
                while [ $i -lt \(runs) ]; do
                    i=$((i + 1))
                    : > "$D/out"; : > "$D/err"
                    "$BIN" sandbox --port 0 --contacts 200 > "$D/out" 2> "$D/err" &
                    pid=$!
                    until grep -q ACQUIRE_API_KEY "$D/out"; do
                        kill -0 $pid 2>/dev/null || break
                        sleep 0.01
                    done
                    kill -\(signal) $pid
                    wait $pid
                    status=$?
                    grep -q "stopping on signal" "$D/err" && said=said || said=silent
                    echo "$status $said"
                done
                """
            let result = try Shell.run("/usr/bin/timeout", ["300", "/bin/sh", "-c", script],
                                       environment: ProcessInfo.processInfo.environment.merging(["BIN": bin, "D": dir]) { $1 })
            #expect(result.status == 0, "the runs did not finish (124: a sandbox never exited): \(result.stdout) \(result.stderr)")
            return result.stdout.split(separator: "\n").map(String.init)
        }

        @Test(arguments: ["TERM", "INT"])
        func aSignalSentTheMomentItIsReadyStopsIt(signal: String) throws {
            let runs = try Self.stopRightAfterReady(signal: signal, runs: 12)
            #expect(runs.count == 12, "\(runs)")
            #expect(runs.allSatisfy { $0 == "0 said" }, "each run: exit status, whether it said it was stopping: \(runs)")
        }
    }
}
