/// The API endpoints the sandbox serves, by the short name used in fault specs.
public enum SandboxEndpoint: String, CaseIterable, Sendable {
    case searchContacts = "search"
    case listContacts = "contacts"
    case contact
    case agents
    case departments
    case channels
    case shortcuts
    case createCase = "create"
    case caseRecord = "case"
    case listCases = "cases"
    /// `GET /api/v1/crm/objects/object-field`: custom field definitions, paged.
    case fieldDefinitions = "fields"
    /// `POST /api/v1/crm/objects/contact`: a new contact.
    case createContact = "newcontact"
    /// Matches every endpoint (in faults only).
    case all

    /// The endpoint a request goes to, with the id from the path for `contact` and `caseRecord`.
    static func route(method: String, path rawPath: String) -> (SandboxEndpoint, id: String?)? {
        var path = rawPath
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let get = method == "GET"
        switch path {
        case "/api/v1/crm/contact/list": return method == "POST" ? (.searchContacts, nil) : nil
        case "/api/v1/crm/objects/contact":
            return get ? (.listContacts, nil) : (method == "POST" ? (.createContact, nil) : nil)
        case "/api/v1/crm/objects/object-field": return get ? (.fieldDefinitions, nil) : nil
        case "/api/v1/account/user": return get ? (.agents, nil) : nil
        case "/api/v1/account/department": return get ? (.departments, nil) : nil
        case "/api/v1/crm/channel/all": return get ? (.channels, nil) : nil
        case "/api/v1/crm/message-shortcut": return get ? (.shortcuts, nil) : nil
        case "/api/v1/crm/messenger/chat/create": return method == "POST" ? (.createCase, nil) : nil
        case "/api/v1/crm/objects/case": return get ? (.listCases, nil) : nil
        default: break
        }
        guard get else { return nil }
        for (prefix, endpoint) in [("/api/v1/crm/objects/contact/", SandboxEndpoint.contact),
                                   ("/api/v1/crm/objects/case/", .caseRecord)] where path.hasPrefix(prefix) {
            let id = String(path.dropFirst(prefix.count))
            return id.contains("/") ? nil : (endpoint, id)
        }
        return nil
    }
}
