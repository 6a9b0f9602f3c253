import Foundation

/// What the app and its commands ask of Acquire, and nothing more (`listContacts` stays on the
/// client). `AcquireClient` is the real one; tests of the app can supply their own.
/// Every method throws only `AcquireError`.
public protocol AcquireAPI: Sendable {
    /// `POST /api/v1/crm/contact/list`: contacts whose name, email or phone match.
    func searchContacts(_ query: String, page: Int, limit: Int) async throws -> ContactPage
    /// `GET /api/v1/crm/objects/contact/{id}` with fields, visits and company.
    func contact(id: Int) async throws -> Contact
    /// `GET /api/v1/account/user`.
    func agents() async throws -> [Agent]
    /// `GET /api/v1/account/department` (department fields, `create --field`).
    func departments() async throws -> [Department]
    /// `GET /api/v1/crm/channel/all`.
    func channels() async throws -> [Channel]
    /// `GET /api/v1/crm/message-shortcut?search=`.
    func shortcuts(search: String) async throws -> [MessageShortcut]
    /// `POST /api/v1/crm/messenger/chat/create?contactId=`. Never retried automatically.
    func createCase(_ request: CreateCaseRequest) async throws -> CaseRecord
    /// `GET /api/v1/crm/objects/case/{id}` (`create --reopen CASE_ID`).
    func caseRecord(id: Int) async throws -> CaseRecord
    /// The contact's most recent cases, newest first (to settle an uncertain create, and to choose
    /// a closed one to reopen: `status`, `threadId`, `sessionId`).
    func recentCases(contactId: Int, limit: Int) async throws -> [CaseRecord]
    /// `GET /api/v1/crm/objects/object-field`, every page: case, contact and company field definitions.
    func fieldDefinitions() async throws -> FieldCatalog
    /// `POST /api/v1/crm/objects/contact`. Never retried automatically; an uncertain outcome is
    /// `.uncertainContact`, settled by `contactsMatching`.
    func createContact(_ request: ContactCreateRequest) async throws -> Contact
}
