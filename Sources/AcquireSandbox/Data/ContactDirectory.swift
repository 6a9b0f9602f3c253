import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// All generated contacts, with a prebuilt folded search index. Immutable after init.
final class ContactDirectory: Sendable {
    let seed: UInt64
    /// Contact `id` is at index `id - 1`.
    let contacts: [ContactRecord]
    /// Folded keys of every contact, one record per contact, separated by "\n".
    private let keys: [UInt8]
    /// Start offset of each contact's record in `keys`, plus one final entry (the end).
    private let starts: [Int]
    /// How often each byte value occurs in `keys`: a search scans for its needle's rarest byte.
    private let byteCounts: [Int]

    /// Generates `count` contacts from `seed`.
    init(count: Int, seed: UInt64) {
        self.seed = seed
        let scripts = NameBank.scripts
        let foldedGiven = scripts.map { $0.given.map { TextFolding.fold($0.text) } }
        let foldedFamily = scripts.map { $0.family.map { TextFolding.fold($0.text) } }
        let totalWeight = scripts.reduce(0) { $0 + $1.weight }
        var contacts: [ContactRecord] = []
        contacts.reserveCapacity(count)
        var keys: [UInt8] = []
        keys.reserveCapacity(count * 72)
        var starts: [Int] = []
        starts.reserveCapacity(count + 1)
        for index in 0..<count {
            let id = index + 1
            var rng = SeededRandom(seed: seed, stream: UInt64(id))
            var roll = rng.int(0..<totalWeight)
            var scriptIndex = 0
            while roll >= scripts[scriptIndex].weight {
                roll -= scripts[scriptIndex].weight
                scriptIndex += 1
            }
            let script = scripts[scriptIndex]
            let g = rng.int(0..<script.given.count)
            let f = rng.int(0..<script.family.count)
            let (fullName, foldedName) = Self.compose(
                given: script.given[g].text, family: script.family[f].text,
                foldedGiven: foldedGiven[scriptIndex][g], foldedFamily: foldedFamily[scriptIndex][f], order: script.order)
            let nameRoll = rng.int(0..<100)
            let name: String? = nameRoll < 90 ? fullName : (nameRoll < 94 ? "" : nil)
            let hasEmail = rng.chance(name == nil || name == "" ? 0.6 : 0.88)
            var email: String?
            if hasEmail {
                let suffix = rng.chance(0.4) ? String(rng.int(1...999)) : ""
                email = "\(script.given[g].ascii).\(script.family[f].ascii)\(suffix)@\(rng.pick(NameBank.emailDomains))"
            }
            let place = rng.int(0..<NameBank.places.count)
            var phone: String?
            if rng.chance(email == nil ? 0.8 : 0.65) {
                let calling = NameBank.places[place].calling
                let number = String(rng.int(100_000_000...9_999_999_999))
                phone = rng.chance(0.5) ? "+\(calling) \(number)" : "\(calling)\(number)"
            }
            let company: Int? = rng.chance(0.6) ? rng.int(0..<NameBank.companies.count) : nil
            let created = rng.int(0..<(4 * 365 * 86_400))
            let updated = created + rng.int(0..<(200 * 86_400))
            let visitRoll = rng.int(0..<100)
            let visits = visitRoll < 25 ? rng.int(0...2) : (visitRoll < 85 ? rng.int(3...25) : rng.int(26...200))
            contacts.append(ContactRecord(
                id: id, name: name, email: email, phone: phone, company: company, place: place,
                created: created, updated: updated, visitCount: visits))
            starts.append(keys.count)
            if name == fullName { keys.append(contentsOf: foldedName.utf8) }
            keys.append(1)
            if let email { keys.append(contentsOf: email.lowercased().utf8) }
            keys.append(1)
            if let phone {
                keys.append(contentsOf: phone.utf8)
                keys.append(1)
                TextFolding.appendDigits(of: phone, to: &keys)
            }
            keys.append(10)
        }
        starts.append(keys.count)
        var counts = [Int](repeating: 0, count: 256)
        for byte in keys { counts[Int(byte)] += 1 }
        self.contacts = contacts
        self.keys = keys
        self.starts = starts
        self.byteCounts = counts
    }

    private static func compose(given: String, family: String, foldedGiven: String, foldedFamily: String,
                                order: NameBank.Order) -> (String, String) {
        switch order {
        case .givenFirst: return ("\(given) \(family)", "\(foldedGiven) \(foldedFamily)")
        case .familyFirstTight: return (family + given, foldedFamily + foldedGiven)
        case .familyFirstSpaced: return ("\(family) \(given)", "\(foldedFamily) \(foldedGiven)")
        }
    }

    /// The contact with this id, if any.
    func contact(id: Int) -> ContactRecord? {
        id >= 1 && id <= contacts.count ? contacts[id - 1] : nil
    }

    /// On-demand details (visits, custom fields, device) of a contact; `visits: false` leaves the
    /// visits out (a search item shows none) and gives the same other details.
    func details(of record: ContactRecord, visits: Bool = true) -> ContactDetails {
        ContactDetails(record: record, seed: seed, visits: visits)
    }

    /// Indices (into `contacts`) of contacts whose name, email or phone contains `text`,
    /// case- and accent-insensitively, in id order. Empty text matches everyone.
    /// One pass over the folded keys: memchr jumps between occurrences of the needle's rarest
    /// byte, memcmp checks the needle around each, and the record of a hit is found by walking
    /// `starts` forward (hits come in order), after which the scan skips to the next record.
    func search(_ text: String) -> [Int] {
        let needle = Array(TextFolding.fold(text).trimmingCharacters(in: .whitespaces).utf8)
        if needle.isEmpty { return Array(contacts.indices) }
        var rare = 0
        for i in needle.indices where byteCounts[Int(needle[i])] < byteCounts[Int(needle[rare])] { rare = i }
        if byteCounts[Int(needle[rare])] == 0 { return [] }
        var found: [Int] = []
        keys.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return }
                var offset = 0
                var record = 0
                while let position = Self.find(pinBase, pin.count, rareAt: rare, in: base, hay.count, from: offset) {
                    while starts[record + 1] <= position { record += 1 }
                    found.append(record)
                    offset = starts[record + 1]
                }
            }
        }
        return found
    }

    /// Which field of a contact the text matched first: "name", "email" or "phone".
    func matchedKey(_ record: ContactRecord, text: String) -> String {
        let needle = TextFolding.fold(text).trimmingCharacters(in: .whitespaces)
        if needle.isEmpty { return record.name != nil ? "name" : (record.email != nil ? "email" : "phone") }
        if let name = record.name, TextFolding.fold(name).contains(needle) { return "name" }
        if let email = record.email, email.lowercased().contains(needle) { return "email" }
        return "phone"
    }

    /// The first offset >= `from` where `needle` occurs in `hay`: memchr for the needle's byte at
    /// `rareAt` (its rarest in the keys), then memcmp of the whole needle around each hit.
    private static func find(_ needle: UnsafeRawPointer, _ needleCount: Int, rareAt k: Int, in hay: UnsafeRawPointer,
                             _ hayCount: Int, from start: Int) -> Int? {
        let rare = Int32(needle.load(fromByteOffset: k, as: UInt8.self))
        // A match starting at p has its rare byte at p + k, and p + needleCount <= hayCount.
        let lastRare = hayCount - needleCount + k
        let first = needle.load(as: UInt8.self)
        let last = needle.load(fromByteOffset: needleCount - 1, as: UInt8.self)
        var scan = start + k
        while scan <= lastRare {
            guard let hit = memchr(hay + scan, rare, lastRare - scan + 1) else { return nil }
            let position = hay.distance(to: UnsafeRawPointer(hit)) - k
            // The rare byte matched; the first and last bytes, then the rest (a one-byte needle is done).
            if needleCount == 1 { return position }
            if hay.load(fromByteOffset: position, as: UInt8.self) == first,
               hay.load(fromByteOffset: position + needleCount - 1, as: UInt8.self) == last,
               memcmp(hay + position, needle, needleCount) == 0 {
                return position
            }
            scan = position + k + 1
        }
        return nil
    }
}
