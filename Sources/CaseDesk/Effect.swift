import AcquireKit
import Foundation

/// What the app asks the runtime to do. Data only: the runtime performs each one and
/// answers with a `Msg` (see docs/EFFECTS.md).
public enum Effect: Equatable, Sendable {
    /// Search contacts, `limit` a page; answer `.searchResults(token:page:_:)` with the same token and page.
    case searchContacts(query: String, page: Int, limit: Int, token: Int)
    /// Load one contact with fields and visits; answer `.contactLoaded(token:_:)`.
    case loadContact(id: Int, token: Int)
    /// Load the agents; answer `.agentsLoaded`.
    case loadAgents
    /// Load the channels; answer `.channelsLoaded`.
    case loadChannels
    /// Load the message shortcuts matching `search` ("" for all); answer `.shortcutsLoaded`.
    case loadShortcuts(search: String)
    /// Create the case, once, never retried by the runtime; answer `.submitFinished`.
    case submit(CreateCaseRequest)
    /// Cancel the create in flight; its `.submitFinished` still comes (often `.cancelled`).
    case cancelSubmit
    /// Fetch the contact's `limit` most recent cases; answer `.recentCasesLoaded`.
    case lookupRecentCases(contactId: Int, limit: Int)
    /// Fetch the contact's `limit` latest cases, to offer reopening one; answer `.contactCasesLoaded`.
    case loadContactCases(contactId: Int, limit: Int)
    /// Read every custom field definition (all pages); answer `.fieldDefinitionsLoaded`.
    case loadFieldDefinitions
    /// Load the departments (for department fields); answer `.departmentsLoaded`.
    case loadDepartments
    /// Search the new contact's email and phone for contacts that have them; answer `.contactsFound`
    /// with the same token (the duplicate check before a create, and how an uncertain create is settled).
    case findContacts(ContactCreateRequest, token: Int)
    /// Create the contact, once, never retried by the runtime; answer `.contactCreated`.
    case createContact(ContactCreateRequest)
    /// Start (or restart) a one-shot timer; answer `.timer(id, at:)` when it fires.
    case startTimer(TimerID, milliseconds: Int)
    /// Cancel a timer if it is running; no answer.
    case cancelTimer(TimerID)
    /// Write the draft (temp file, fsync, rename, 0600); no answer.
    case saveDraft(Draft)
    /// Remove the saved draft; no answer.
    case deleteDraft
    /// Put the contact first in the recent contacts kept on disk; no answer.
    case rememberContact(RecentContact)
    /// Open $VISUAL/$EDITOR on the text; answer `.editorFinished`.
    case openEditor(String)
    /// Suspend the process (Ctrl-Z): restore the terminal, SIGTSTP, redraw on SIGCONT; no answer.
    case suspend
    /// Restore the terminal and exit with the code.
    case quit(code: Int32)
}
