import Foundation

extension Renderer {
    /// The users row list of a case: the routed agent (if any) and the contact.
    private func caseUsers(_ item: StoredCase) -> [[String: Any]] {
        var users: [[String: Any]] = []
        let date = DateText.iso(item.created)
        if let agent = item.userId {
            users.append(["id": item.id * 10 + 1, "caseId": item.id, "type": "user", "userId": agent, "role": "owner",
                          "status": "active", "dateCreated": date, "dateLastAssigned": date, "closed": "no"])
        }
        return users
    }

    /// A case as listed in a contact's `cases` (contact-get.response.json).
    func contactCase(_ item: StoredCase) -> [String: Any] {
        let date = DateText.iso(item.created)
        return [
            "dateCreated": date, "dateUpdated": date, "id": item.id, "contactId": item.contactId, "closedBy": NSNull(),
            "visitId": item.visitId ?? NSNull(), "title": text(item.title, item.id), "description": item.description,
            "channel": item.channel, "status": item.status, "closingState": item.status == "closed" ? "handled" : NSNull(),
            "dateQueue": date, "datePending": date, "dateActive": item.status == "active" ? date : NSNull(),
            "dateClosed": item.status == "closed" ? DateText.iso(item.created.addingTimeInterval(3_600)) : NSNull(),
            "queueId": NSNull(), "queueOrder": NSNull(), "parentId": item.parentId ?? NSNull(), "userId": item.userId ?? NSNull(),
            "waitTime": 0, "users": caseUsers(item), "threadId": item.threadId, "meta": meta(item),
        ]
    }

    /// A case in the case list and case get answers: id, channel, status, contact (no fields), threadId,
    /// plus title, description, contactId and dateCreated so a client can recognise a case it sent.
    func caseSummary(_ item: StoredCase) -> [String: Any] {
        var result: [String: Any] = [
            "id": item.id, "channel": item.channel, "status": item.status, "threadId": item.threadId,
            "title": text(item.title, item.id), "description": item.description, "contactId": item.contactId,
            "dateCreated": DateText.iso(item.created), "userId": item.userId ?? NSNull(),
            "parentId": item.parentId ?? NSNull(), "meta": meta(item),
        ]
        if let created = createdContact(id: item.contactId) {
            var contact = createdContactObject(created)
            contact.removeValue(forKey: "fields")
            result["contact"] = contact
        } else if let record = directory.contact(id: item.contactId) {
            var contact = contactBase(record, directory.details(of: record))
            contact["companyId"] = record.company.map { 100 + $0 } ?? NSNull()
            result["contact"] = contact
        }
        return result
    }

    /// The answer to a create (case-create.response.json): the whole case with the contact's field
    /// ARRAY and visits.
    func createdCase(_ item: StoredCase) -> [String: Any] {
        var contact: [String: Any] = [:]
        if let record = directory.contact(id: item.contactId) {
            let details = directory.details(of: record)
            contact = contactBase(record, details)
            contact["fields"] = fieldArray(record, details)
            contact["company"] = company(record) ?? NSNull()
            contact["tags"] = [Any]()
            contact["visits"] = details.visits.map { visit($0, contactId: record.id) }
        } else if let created = createdContact(id: item.contactId) {
            contact = createdContactInCase(created)
        }
        return [
            "title": text(item.title, item.id), "description": item.description, "channel": item.channel,
            "contact": contact, "status": item.status,
            "dateQueue": DateText.iso(item.created, keepMillis: true), "dateCreated": DateText.iso(item.created),
            "datePending": NSNull(), "dateActive": NSNull(), "visitId": item.visitId ?? NSNull(),
            "users": caseUsers(item), "parentId": item.parentId ?? item.threadId, "userId": item.userId ?? NSNull(),
            "dateUpdated": NSNull(), "closedBy": NSNull(), "closingState": NSNull(), "dateClosed": NSNull(),
            "id": item.id, "threadId": item.threadId,
            "fields": caseFieldRows(item),
            "isCaseJoined": false, "timelineId": item.timelineId,
            "preMessages": [Any](), "mentionUsers": item.mentionUsers,
        ]
    }

    /// `meta` of a case: its chat session, when it has one.
    private func meta(_ item: StoredCase) -> [String: Any] {
        item.sessionId.map { ["sessionId": $0] } ?? [:]
    }
}
