import AcquireKit
import CaseDesk

/// A value read back from the state directory. Another program running as the same user can
/// write those files, so their text goes through the same rule as server text (the Sanitizer)
/// before anything shows it: controls and invisible characters come back as visible escapes.
protocol RestoredFromDisk {
    /// The value with every text made safe to show.
    func restoredSafely() -> Self
}

extension Draft: RestoredFromDisk {
    func restoredSafely() -> Draft {
        var d = self
        d.contactName = contactName.map(Sanitizer.clean)
        d.title = Sanitizer.clean(title)
        d.message = Sanitizer.cleanMultiline(message)
        d.channel = Sanitizer.clean(channel)
        return d
    }
}

extension RecentContact: RestoredFromDisk {
    func restoredSafely() -> RecentContact {
        var c = self
        c.name = Sanitizer.clean(name)
        c.email = email.map(Sanitizer.clean)
        c.phone = phone.map(Sanitizer.clean)
        c.company = company.map(Sanitizer.clean)
        return c
    }
}

extension Array: RestoredFromDisk where Element: RestoredFromDisk {
    func restoredSafely() -> [Element] { map { $0.restoredSafely() } }
}
