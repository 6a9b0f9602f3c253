import Foundation

/// The compact, always-in-memory part of a generated contact; the rest comes from `ContactDetails`.
struct ContactRecord: Sendable {
    var id: Int
    /// nil: the contact has no name field at all; "": a name field that is empty.
    var name: String?
    var email: String?
    var phone: String?
    /// Index into `NameBank.companies`.
    var company: Int?
    /// Index into `NameBank.places`.
    var place: Int
    /// Seconds after `SandboxClock.epoch`.
    var created: Int
    var updated: Int
    var visitCount: Int
}

/// Fixed dates the generated data is anchored to, so the same seed gives the same dates.
enum SandboxClock {
    /// 2020-01-01T00:00:00Z.
    static let epoch = Date(timeIntervalSince1970: 1_577_836_800)

    /// A date `seconds` after the epoch.
    static func date(_ seconds: Int) -> Date {
        epoch.addingTimeInterval(TimeInterval(seconds))
    }
}
