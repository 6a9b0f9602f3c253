/// Word lists for generated people, companies and places, in many scripts.
enum NameBank {
    /// A name part and the ASCII spelling used to build an email address.
    struct Part: Sendable {
        var text: String
        var ascii: String
    }

    /// How a script orders and joins given and family names.
    enum Order: Sendable {
        case givenFirst      // "José García"
        case familyFirstTight // "王伟"
        case familyFirstSpaced // "佐藤 花子"
    }

    /// A group of names in one script.
    struct Script: Sendable {
        var given: [Part]
        var family: [Part]
        var order: Order
        /// Relative share of contacts with names from this group.
        var weight: Int
    }

    private static func parts(_ pairs: [(String, String)]) -> [Part] {
        pairs.map { Part(text: $0.0, ascii: $0.1) }
    }

    static let scripts: [Script] = [
        Script(
            given: parts([("Alice", "alice"), ("Alan", "alan"), ("Bob", "bob"), ("Carol", "carol"), ("David", "david"),
                          ("Emma", "emma"), ("Grace", "grace"), ("Henry", "henry"), ("Olivia", "olivia"),
                          ("Liam", "liam"), ("Noah", "noah"), ("Sophia", "sophia"), ("Viswanath", "viswanath"),
                          ("Priya", "priya"), ("Ali", "ali"), ("Fatima", "fatima")]),
            family: parts([("Smith", "smith"), ("Johnson", "johnson"), ("Brown", "brown"), ("Taylor", "taylor"),
                           ("Walker", "walker"), ("Sarma", "sarma"), ("Patel", "patel"), ("Khan", "khan"),
                           ("O'Brien", "obrien"), ("Anderson", "anderson"), ("Martin", "martin")]),
            order: .givenFirst, weight: 30),
        Script(
            given: parts([("José", "jose"), ("Zoë", "zoe"), ("Søren", "soren"), ("Łukasz", "lukasz"),
                          ("François", "francois"), ("Björn", "bjorn"), ("Chloé", "chloe"), ("Ñuño", "nuno"),
                          ("İlker", "ilker"), ("Ægir", "aegir"), ("Renée", "renee"), ("Jürgen", "jurgen"),
                          ("Dvořák", "dvorak"), ("Thảo", "thao"), ("Ana Lúcia", "analucia")]),
            family: parts([("García", "garcia"), ("Müller", "muller"), ("Nguyễn", "nguyen"), ("Đặng", "dang"),
                           ("Ólafsdóttir", "olafsdottir"), ("Šimůnek", "simunek"), ("Hernández", "hernandez"),
                           ("Kowalczyk", "kowalczyk"), ("Strauß", "strauss"), ("Çelik", "celik"),
                           ("Gonçalves", "goncalves"), ("Østergaard", "ostergaard"), ("Brontë", "bronte")]),
            order: .givenFirst, weight: 25),
        Script(
            given: parts([("伟", "wei"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"), ("静", "jing")]),
            family: parts([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen")]),
            order: .familyFirstTight, weight: 8),
        Script(
            given: parts([("花子", "hanako"), ("太郎", "taro"), ("さくら", "sakura"), ("翔", "sho"), ("ゆい", "yui")]),
            family: parts([("佐藤", "sato"), ("田中", "tanaka"), ("鈴木", "suzuki"), ("高橋", "takahashi")]),
            order: .familyFirstSpaced, weight: 6),
        Script(
            given: parts([("민준", "minjun"), ("서연", "seoyeon"), ("지호", "jiho")]),
            family: parts([("김", "kim"), ("이", "lee"), ("박", "park")]),
            order: .familyFirstTight, weight: 4),
        Script(
            given: parts([("محمد", "mohammed"), ("فاطمة", "fatima"), ("علي", "ali"), ("ليلى", "layla"),
                          ("يوسف", "yousef")]),
            family: parts([("العلي", "alali"), ("حداد", "haddad"), ("الزهراء", "alzahra"), ("منصور", "mansour")]),
            order: .givenFirst, weight: 8),
        Script(
            given: parts([("Алексей", "aleksei"), ("Мария", "maria"), ("Ольга", "olga"), ("Дмитрий", "dmitri")]),
            family: parts([("Иванов", "ivanov"), ("Смирнова", "smirnova"), ("Кузнецов", "kuznetsov")]),
            order: .givenFirst, weight: 5),
        Script(
            given: parts([("Νίκος", "nikos"), ("Ελένη", "eleni")]),
            family: parts([("Παπαδόπουλος", "papadopoulos"), ("Οικονόμου", "oikonomou")]),
            order: .givenFirst, weight: 2),
        Script(
            given: parts([("अर्जुन", "arjun"), ("प्रिया", "priya")]),
            family: parts([("शर्मा", "sharma"), ("वर्मा", "verma")]),
            order: .givenFirst, weight: 2),
        Script(
            given: parts([("Ava ✨", "ava"), ("Sam 🚀", "sam"), ("🌸 Hana", "hana"), ("Kai 👩‍💻", "kai"),
                          ("Lu 🇧🇷", "lu")]),
            family: parts([("Lee", "lee"), ("Rivera", "rivera"), ("Moon 🌙", "moon")]),
            order: .givenFirst, weight: 5),
    ]

    static let emailDomains = [
        "example.com", "example.org", "mail.example.net", "acquire-demo.io", "shop.example.co.uk",
        "example.de", "example.jp",
    ]

    static let companies: [(name: String, website: String)] = [
        ("Acme Corp", "acme.example.com"), ("Müller & Söhne GmbH", "mueller.example.de"),
        ("株式会社サンプル", "sample.example.jp"), ("شركة المثال", "mithal.example.com"),
        ("Globex", "globex.example.com"), ("Initech", "initech.example.com"), ("Umbrella Café", "umbrella.example.fr"),
        ("Nordisk Fisk A/S", "fisk.example.dk"), ("Hooli", "hooli.example.com"), ("Wayne Enterprises", "wayne.example"),
        ("Stark Industries", "stark.example.com"), ("Łódź Logistics", "lodz.example.pl"),
    ]

    /// City, state, country name, official name, cca2, cca3, country id, calling code.
    static let places: [(city: String, state: String, country: String, official: String, cca2: String, cca3: String,
                         countryId: String, calling: Int)] = [
        ("Sikar", "Rajasthan", "India", "Republic of India", "IN", "IND", "387", 91),
        ("Austin", "Texas", "United States", "United States of America", "US", "USA", "517", 1),
        ("São Paulo", "São Paulo", "Brazil", "Federative Republic of Brazil", "BR", "BRA", "332", 55),
        ("München", "Bayern", "Germany", "Federal Republic of Germany", "DE", "DEU", "358", 49),
        ("東京", "東京都", "Japan", "Japan", "JP", "JPN", "394", 81),
        ("القاهرة", "القاهرة", "Egypt", "Arab Republic of Egypt", "EG", "EGY", "352", 20),
        ("Kraków", "Małopolskie", "Poland", "Republic of Poland", "PL", "POL", "459", 48),
        ("Lyon", "Auvergne-Rhône-Alpes", "France", "French Republic", "FR", "FRA", "355", 33),
    ]

    static let pages: [(title: String, path: String)] = [
        ("Acquire | Test Simulate Page", "/simulate"), ("Pricing — Plans for every team", "/pricing"),
        ("Checkout · Step 2 of 3", "/checkout/step-2?cart=8841"), ("Help Center: Reset your password", "/help/reset"),
        ("Blog | 10 tips for faster support", "/blog/10-tips"), ("Produkte | Übersicht", "/de/produkte"),
        ("お問い合わせ", "/ja/contact"), ("الأسعار", "/ar/pricing"), ("Order #48213 — Tracking", "/orders/48213"),
        ("", "/"), ("Search results for \"wireless headphones\"", "/search?q=wireless+headphones&page=2"),
    ]
}
