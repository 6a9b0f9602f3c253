/// The one-shot timers the app asks the runtime for. Starting a timer that is already
/// running restarts it (the earlier one never fires).
public enum TimerID: Hashable, Sendable, CaseIterable {
    /// The pause in typing after which a contact search is sent (~200 ms).
    case searchDebounce
    /// The pause in moving through results after which the preview contact is loaded.
    case previewDebounce
    /// The pause after the last change after which the draft is saved (~1 s).
    case draftSave
    /// The next spinner frame while a create is in flight.
    case spinner
    /// One second of a retry-after countdown.
    case countdown
}
