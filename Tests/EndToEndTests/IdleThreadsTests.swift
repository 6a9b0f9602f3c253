import AcquireKit
import AcquireSandbox
import Foundation
import TestSupport
import Testing

extension AppEndToEnd {
    /// The app never starts libdispatch's worker pool: its first worker thread starts a pool
    /// monitor that wakes the process once a second for as long as it runs (see `AcquireCases.main`).
    /// Checked by thread names after a search, a contact preview and a create, not by timing:
    /// libdispatch's workers are named after their root queues (`com.apple.root.default-qos…`).
    @Suite struct IdleThreadsTests {
        @Test func noLibdispatchWorkerAfterASearchAPreviewAndACreate() async throws {
            try await AppSession.with(.init(width: 80, height: 24)) { app in
                try await app.waitFor("Search")
                try await app.type("ma")
                try await app.waitFor("Contacts 1/")
                try await app.keys("BSpace", "BSpace")
                try await app.waitForScreen("the search box empty again") { !$0.contains("Contacts 1/") }
                try await app.pickContact(5)
                try await app.compose(title: "Idle check", message: ["Nothing more"])
                try await app.review()
                try await app.keys("Enter")
                try await app.waitFor("created: case #")
                let creates = try await app.creates()
                try #require(creates.count == 1, "creates: \(creates)")
                let names = Self.threadNames(of: app.appPID)
                try #require(!names.isEmpty, "no threads read for pid \(app.appPID)")
                let workers = names.filter { $0.contains("qos") }
                #expect(workers.isEmpty, "libdispatch worker threads running: \(names)")
            }
        }

        /// The `comm` of every thread of `pid`.
        static func threadNames(of pid: pid_t) -> [String] {
            let dir = "/proc/\(pid)/task"
            let tids = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            return tids.compactMap { tid in
                (try? String(contentsOfFile: "\(dir)/\(tid)/comm", encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
    }
}
