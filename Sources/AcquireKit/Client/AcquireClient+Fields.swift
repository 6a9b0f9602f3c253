import Foundation

extension AcquireClient {
    /// The path of the custom field definitions.
    static let fieldDefinitionsPath = "/api/v1/crm/objects/object-field"

    public func fieldDefinitions() async throws -> FieldCatalog {
        var pager = FieldPager()
        while let next = pager.next {
            let query = [URLQueryItem(name: "page", value: String(next.page)),
                         URLQueryItem(name: "offset", value: String(next.offset)),
                         URLQueryItem(name: "limit", value: String(next.limit))]
            do {
                let r = try await perform("GET", Self.fieldDefinitionsPath, query: query, what: "custom field definitions")
                pager.take(try decoder.fieldDefinitionPage(r.body))
            } catch {
                // The pages already read still make a form; the rest is a warning.
                guard error != .cancelled, !pager.definitions.isEmpty else { throw error }
                var catalog = pager.catalog
                catalog.warning = "Only \(pager.definitions.count) custom fields could be read: \(error.message)"
                return catalog
            }
        }
        return pager.catalog
    }

    public func createContact(_ request: ContactCreateRequest) async throws -> Contact {
        let r: HTTPResponse
        do {
            r = try await perform("POST", "/api/v1/crm/objects/contact", body: try request.encodedBody(),
                                  kind: .create, what: "contact")
        } catch .uncertain(let why) {
            throw AcquireError.uncertainContact(why)
        }
        do {
            return try decoder.contact(r.body)
        } catch .undecodable(let excerpt) {
            // 2xx: the contact exists, but its answer could not be read.
            throw AcquireError.uncertainContact("the answer could not be read: \(excerpt)")
        } catch {
            // An error body (also on HTTP 200): nothing was created.
            throw error
        }
    }
}

extension AcquireAPI {
    /// Contacts that already have the request's email or phone (searched one after the other):
    /// the duplicate check before a create, and how an uncertain create is settled
    /// (`ContactMatching.created`), never by sending it again.
    public func contactsMatching(_ request: ContactCreateRequest, limit: Int = 20) async throws -> [Contact] {
        var found: [Contact] = []
        for text in ContactMatching.searches(for: request) {
            found += try await searchContacts(text, page: 0, limit: limit).contacts
        }
        return ContactMatching.duplicates(of: request, in: found)
    }
}
