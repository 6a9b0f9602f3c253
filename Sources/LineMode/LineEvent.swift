import AcquireKit
import CaseDesk
import Foundation

/// What the line mode's runner hands the conversation: a typed line, the end of input, or an answer.
public enum LineEvent: Equatable, Sendable {
    /// One line typed (without its newline).
    case line(String)
    /// Ctrl-D on an empty line.
    case endOfInput
    case contactsFound(Result<ContactPage, AcquireError>)
    case contactLoaded(Result<Contact, AcquireError>)
    /// Channels and agents (both needed), and the custom field definitions and departments (a failure
    /// there is only a warning).
    case listsLoaded(channels: Result<[Channel], AcquireError>, agents: Result<[Agent], AcquireError>,
                     fields: Result<FieldCatalog, AcquireError> = .success(FieldCatalog(definitions: [])),
                     departments: Result<[Department], AcquireError> = .success([]))
    /// The create's answer, with the time just before it was sent.
    case createAnswered(Result<CaseRecord, AcquireError>, sentAt: Date)
    case recentCases(Result<[CaseRecord], AcquireError>)
}

/// What the conversation asks the runner to do, in order.
public enum LineEffect: Equatable, Sendable {
    /// Print this text and a newline.
    case say(String)
    /// Print this question (no newline) and read the answer as the next line.
    case ask(String)
    /// `searchContacts(text, page: 0, limit: LineConversation.pageSize)`.
    case searchContacts(String)
    case loadContact(Int)
    /// Channels, agents, case field definitions and departments, together; answered by one `.listsLoaded`.
    case loadLists
    /// `createCase` exactly once; never retried by the runner.
    case submit(CreateCaseRequest)
    /// `recentCases(contactId:limit: UncertainCreate.lookupLimit)`.
    case lookupRecentCases(contactId: Int)
    case saveDraft(Draft)
    case deleteDraft
    case quit(code: Int32)
}
