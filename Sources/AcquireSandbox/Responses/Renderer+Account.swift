import Foundation

extension Renderer {
    /// One agent as in agent-list.response.json.
    func agent(_ agent: (id: Int, name: String, email: String, status: String)) -> [String: Any] {
        let name = text(agent.name, agent.id)
        return [
            "firstName": name, "lastName": "", "id": agent.id, "type": "user", "status": agent.status,
            "lastLoginId": NSNull(), "parentId": NSNull(), "ownerId": NSNull(), "name": name, "email": agent.email,
            "phone": agent.id == 1 ? "+91-1234567890" : NSNull(), "photo": agent.id == 1 ? "" : NSNull(),
            "inviteToken": NSNull(), "language": NSNull(), "clientId": NSNull(), "clientAppId": NSNull(),
            "clientAuthorizer": NSNull(), "clientPermissions": NSNull(), "stateId": NSNull(), "countryId": NSNull(),
            "dateCreated": agent.id == 1 ? NSNull() : "2021-02-03T16:59:45.000Z" as Any,
        ]
    }

    /// `data` of the agent list.
    func agents() -> [String: Any] {
        ["count": SandboxAgents.agents.count, "data": SandboxAgents.agents.map { agent($0) }]
    }

    /// `data` of the department list, each with its users.
    func departments() -> [String: Any] {
        let byId = Dictionary(uniqueKeysWithValues: SandboxAgents.agents.map { ($0.id, $0) })
        let rows: [[String: Any]] = SandboxAgents.departments.map { department in
            ["id": department.id, "name": text(department.name, department.id), "status": department.status,
             "users": department.users.compactMap { byId[$0].map { agent($0) } }]
        }
        return ["count": rows.count, "data": rows]
    }

    /// `data` of the channel list (the rows of fixtures/channel-list).
    func channels() -> [String: Any] {
        let rows: [[String: Any]] = SandboxAgents.channels.enumerated().map { index, channel in
            ["id": channel.id, "name": text(channel.name, index), "iconType": "internal", "icon": channel.icon,
             "messageWebhook": NSNull(), "userId": 1, "dateCreated": channel.date, "internal": "yes", "status": "active"]
        }
        return ["rows": rows, "count": rows.count]
    }

    /// `data` of the shortcut list, filtered by name or message.
    func shortcuts(search: String) -> [String: Any] {
        let needle = TextFolding.fold(search).trimmingCharacters(in: .whitespaces)
        let rows: [[String: Any]] = SandboxAgents.shortcuts.filter { shortcut in
            needle.isEmpty || TextFolding.fold(shortcut.name).contains(needle) || TextFolding.fold(shortcut.message).contains(needle)
        }.map { shortcut in
            let message = text(shortcut.message, shortcut.id)
            return ["id": shortcut.id, "shortcut_name": text(shortcut.name, shortcut.id + 1), "type": NSNull(),
                    "message": message, "messageJson": ["blocks": [["key": "a\(shortcut.id)", "text": message,
                                                                     "type": "unstyled", "depth": 0]], "entityMap": [:]],
                    "messageHtml": "<p>\(message)</p>\n", "department": shortcut.id == 30 ? ["6"] : [],
                    "groupName": shortcut.group]
        }
        return ["count": rows.count, "data": rows]
    }
}
