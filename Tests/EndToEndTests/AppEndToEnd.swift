import Testing

/// The end-to-end tests that run the app in tmux, one at a time: each starts a real app process
/// (and most a sandbox in this process), and the machine has two cores shared with every other
/// test of the run; a dozen apps at once starved the timing-sensitive sandbox and client tests.
@Suite(.serialized) enum AppEndToEnd {}
