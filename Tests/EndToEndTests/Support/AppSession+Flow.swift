import Foundation

extension AppSession {
    /// Opens contact #id from the search screen and waits for the compose screen.
    func pickContact(_ id: Int = 5) async throws {
        try await waitFor("Search")
        try await type("#\(id)")
        try await waitFor("Search #\(id)")
        try await keys("Enter")
        try await waitForScreen("the compose screen for #\(id)") { s in
            s.split(separator: "\n").contains { $0.hasPrefix(" Contact ") && $0.contains("#\(id)") } && s.contains("Title")
        }
    }

    /// Types the title, Tab, then the message lines (Enter between them); waits until all show.
    func compose(title: String, message: [String]) async throws {
        try await type(title)
        try await waitFor(title)
        try await keys("Tab")
        for (i, line) in message.enumerated() {
            if i > 0 { try await keys("Enter") }
            try await type(line)
        }
        try await waitForScreen("the message typed") { s in message.allSatisfy { s.contains($0) } }
    }

    /// Ctrl-R: the review screen.
    func review() async throws {
        try await keys("C-r")
        try await waitFor("Enter sends exactly this:")
    }

    /// The whole way to the review screen.
    func fillAndReview(title: String, message: [String], contact: Int = 5) async throws {
        try await pickContact(contact)
        try await compose(title: title, message: message)
        try await review()
    }
}
