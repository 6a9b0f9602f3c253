import Foundation

/// The parts of a contact generated on demand from (seed, id): visits, custom fields, device, address.
struct ContactDetails: Sendable {
    struct VisitRecord: Sendable {
        var id: Int
        var title: String
        var url: String
        var source: String
        var date: Date
    }

    var visits: [VisitRecord]
    /// Custom field values by key, in the order of `ContactDetails.customFields`.
    var custom: [String: String?]
    var ip: String
    var clientName: String?
    var clientVersion: String?
    var clientOsName: String?
    var ua: String?
    var networkType: String
    var speed: String

    /// Custom contact fields: key, label, type, field id, possible values.
    static let customFields: [(key: String, label: String, type: String, id: Int, values: [String])] = [
        ("plan", "Plan", "select", 21, ["Free", "Starter", "Pro", "Enterprise"]),
        ("customer_since", "Customer since", "date", 22, ["2019-04-02", "2021-11-30", "2023-06-15"]),
        ("account_manager", "Account manager", "text", 23, ["Grace Walker", "Søren Østergaard", "佐藤 花子"]),
        ("vip", "VIP", "checkbox", 24, ["yes", "no"]),
        ("notes", "Notes", "textarea", 25, ["Prefers email.", "Called twice about billing.\nFollow up Friday.", ""]),
    ]

    private static let browsers: [(String, String, String, String)] = [
        ("Chrome", "87.0", "Linux", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.66 Safari/537.36"),
        ("Firefox", "118.0", "Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:118.0) Gecko/20100101 Firefox/118.0"),
        ("Safari", "17.1", "Mac OS", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"),
    ]

    /// Generates the details of `record`; the same (seed, record.id) always gives the same result.
    /// With `visits` false the visits are not built (`visits` is empty) but their random numbers are
    /// still drawn, so every other detail is the same as with them.
    init(record: ContactRecord, seed: UInt64, visits withVisits: Bool = true) {
        var rng = SeededRandom(seed: seed ^ 0x5EED_DE7A, stream: UInt64(record.id))
        var date = SandboxClock.date(record.created)
        var visits: [VisitRecord] = []
        if withVisits { visits.reserveCapacity(record.visitCount) }
        let host = rng.pick(["shop.example.com", "www.example.org", "5mkg3t.uat.env.acquire.io", "help.example.net"])
        for index in 0..<record.visitCount {
            let page = rng.pick(NameBank.pages)
            date = date.addingTimeInterval(TimeInterval(rng.int(30...200_000)))
            let source = rng.chance(0.2) ? rng.pick(["google", "newsletter", "https://t.co/x"]) : ""
            if withVisits {
                visits.append(VisitRecord(id: record.id * 256 + index, title: page.title,
                                          url: "https://\(host)\(page.path)", source: source, date: date))
            }
        }
        self.visits = visits
        var custom: [String: String?] = [:]
        for field in Self.customFields {
            custom[field.key] = rng.chance(0.15) ? String?.none : rng.pick(field.values)
        }
        self.custom = custom
        if rng.chance(0.3) {
            ip = "2405:201:c032:\(String(rng.int(0..<65536), radix: 16)):76e9:781c:e56d:\(String(rng.int(0..<65536), radix: 16))"
        } else {
            ip = "\(rng.int(1...223)).\(rng.int(0...255)).\(rng.int(0...255)).\(rng.int(1...254))"
        }
        if rng.chance(0.15) {
            clientName = nil; clientVersion = nil; clientOsName = nil; ua = nil
        } else {
            let browser = rng.pick(Self.browsers)
            clientName = browser.0; clientVersion = browser.1; clientOsName = browser.2; ua = browser.3
        }
        networkType = rng.pick(["3g", "4g", "wifi"])
        speed = rng.pick(["1.71", "2.52", "18", "4.41"])
    }
}
