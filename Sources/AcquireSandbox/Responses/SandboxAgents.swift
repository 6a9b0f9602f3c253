import Foundation

/// The fixed agents, departments, channels and message shortcuts the sandbox serves.
enum SandboxAgents {
    /// Agent ids, names, emails and statuses.
    static let agents: [(id: Int, name: String, email: String, status: String)] = [
        (1, "Grace Walker", "grace@acquire-demo.io", "online"),
        (19, "Søren Østergaard", "soren@acquire-demo.io", "online"),
        (20, "佐藤 花子", "hanako@acquire-demo.io", "away"),
        (21, "Amira Haddad", "amira@acquire-demo.io", "offline"),
        (22, "Luis García", "luis@acquire-demo.io", "online"),
        (23, "Priya Patel", "priya@acquire-demo.io", "active"),
        (24, "Tom Baker", "tom@acquire-demo.io", "offline"),
        (25, "Zoë Müller", "zoe@acquire-demo.io", "away"),
        (26, "김민준", "minjun@acquire-demo.io", "online"),
        (27, "Olga Ivanova", "olga@acquire-demo.io", "inactive"),
        (28, "Noah Smith", "noah@acquire-demo.io", "online"),
        (29, "Ava Lee ✨", "ava@acquire-demo.io", "offline"),
    ]

    static var ids: [Int] { agents.map(\.id) }

    /// Departments and the agent ids in each.
    static let departments: [(id: Int, name: String, status: String, users: [Int])] = [
        (6, "Support ", "active", [1, 19, 22, 28]),
        (7, "Billing", "active", [23, 25]),
        (8, "Vertrieb / Sales", "active", [20, 24]),
        (9, "カスタマーサクセス", "active", [20, 26]),
        (10, "Escalations", "inactive", []),
        (11, "الدعم الفني", "active", [21]),
    ]

    /// The channels of fixtures/channel-list: id, name, icon, date created.
    static let channels: [(id: String, name: String, icon: String, date: String)] = [
        ("audio-call", "Audio Call", "audio-call", "2020-11-06T19:14:15.000Z"),
        ("chat", "Chat", "conversation-sms", "2020-10-10T21:03:17.000Z"),
        ("mail", "Mail", "email", "2020-10-10T19:14:15.000Z"),
        ("private-form", "Private Form", "chat-queue2", "2020-11-06T19:14:15.000Z"),
        ("sms", "SMS", "sms", "2020-11-17T19:14:15.000Z"),
        ("video-call", "Video Call", "video-call", "2020-11-06T19:14:15.000Z"),
        ("voip", "Voip", "audio-call", "2020-10-10T21:03:20.000Z"),
    ]

    /// Canned replies: id, name, markdown message, group.
    static let shortcuts: [(id: Int, name: String, message: String, group: String)] = [
        (1, "Greeting", "Hello **{{name}}**, thanks for reaching out!", ""),
        (8, "Refund policy", "Refunds are processed within _5 business days_.\n\nSee https://example.com/refunds", "Billing"),
        (15, "Password reset", "You can reset your password here: https://example.com/reset", ""),
        (22, "Escalate", "I have escalated this to our **second-level team**.", "TYUYUY"),
        (28, "Closing", "Is there anything else I can help you with?\n\n~~No~~ Have a great day!", ""),
        (29, "Danke", "Vielen Dank für Ihre Geduld. Wir melden uns in Kürze.", "Deutsch"),
        (30, "Emoji thanks", "👋😍\n\n😂 Thanks!", ""),
        (31, "お詫び", "ご不便をおかけして申し訳ございません。", "日本語"),
        (32, "Shipping delay", "Your order is delayed; the new date is in your account.", "Orders"),
        (33, "Invoice copy", "I've attached a copy of your invoice.", "Billing"),
        (34, "Callback", "We'll call you back at the number on file within 24 hours.", ""),
        (35, "شكرا", "شكراً لتواصلك معنا.", ""),
    ]
}
