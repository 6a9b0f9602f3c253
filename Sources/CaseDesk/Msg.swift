import AcquireKit
import Foundation
import TerminalUI

/// Everything that happens to the app: keys, resizes, timers, and the answers to effects.
public enum Msg: Equatable, Sendable {
    /// A key (or mouse wheel) from the terminal.
    case key(Key)
    /// The terminal changed size.
    case resize(Size)
    /// A timer started with `.startTimer` fired; `at` is the time it fired.
    case timer(TimerID, at: Date)
    /// The current time (the runtime may send it whenever; the app has no clock of its own).
    case now(Date)
    /// First message: sandbox or not, the time, the zone to show dates in, the terminal size, and
    /// where cases go (account or host, shown in the header; "" for none).
    case started(isSandbox: Bool, now: Date, timeZone: TimeZone, size: Size, target: String = "")
    /// SIGINT, SIGTERM or SIGHUP arrived: keep the draft and exit 128+signal.
    case terminated(signal: Int32)
    /// The terminal went away (EOF or EIO on stdin): keep the draft and exit 129.
    case terminalGone
    /// The recently picked contacts kept on disk (answer to startup).
    case recentContacts([RecentContact])
    /// An unsent draft from an earlier run exists (sent at startup).
    case draftFound(Draft)
    /// Answer to `.searchContacts`, with the token it was asked with and the page.
    case searchResults(token: Int, page: Int, Result<ContactPage, AcquireError>)
    /// Answer to `.loadContact`, with the token it was asked with.
    case contactLoaded(token: Int, Result<Contact, AcquireError>)
    /// Answer to `.loadAgents`.
    case agentsLoaded(Result<[Agent], AcquireError>)
    /// Answer to `.loadChannels`.
    case channelsLoaded(Result<[Channel], AcquireError>)
    /// Answer to `.loadShortcuts`.
    case shortcutsLoaded(Result<[MessageShortcut], AcquireError>)
    /// Answer to `.submit`: the created case or why not; `sentAt` is when the request was started.
    case submitFinished(Result<CaseRecord, AcquireError>, sentAt: Date)
    /// Answer to `.lookupRecentCases`: the contact's recent cases, newest first.
    case recentCasesLoaded(contactId: Int, Result<[CaseRecord], AcquireError>)
    /// Answer to `.loadContactCases`: the contact's latest cases, newest first.
    case contactCasesLoaded(contactId: Int, Result<[CaseRecord], AcquireError>)
    /// Answer to `.loadFieldDefinitions`.
    case fieldDefinitionsLoaded(Result<FieldCatalog, AcquireError>)
    /// Answer to `.loadDepartments`.
    case departmentsLoaded(Result<[Department], AcquireError>)
    /// Answer to `.findContacts`: the contacts that have the email or phone.
    case contactsFound(token: Int, Result<[Contact], AcquireError>)
    /// Answer to `.createContact`: the new contact or why not.
    case contactCreated(Result<Contact, AcquireError>)
    /// Answer to `.openEditor`: the edited text, or why there is none.
    case editorFinished(Result<String, EditorFailure>)
    /// Text pasted at once (bracketed paste), inserted into the focused text input.
    case paste(String)
    /// At start: a draft file could not be read (damaged, or from a newer version); it was kept at `path`.
    case draftSetAside(path: String)
    /// A `.saveDraft` failed (full or read-only directory, ...): the reason; the text is only in memory.
    case draftSaveFailed(String)
    /// A `.saveDraft` worked again after a failure.
    case draftSaveWorked
}
