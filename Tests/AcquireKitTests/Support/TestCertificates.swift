import Foundation

/// Certificates made with the `openssl` CLI for one test run: a CA the tests trust, a stranger CA,
/// and server certificates that are good, expired, for the wrong name, or from the stranger.
struct TestCertificates: Sendable {
    let directory: String

    /// The CA certificate a test adds with `ca_file`.
    var caFile: String { directory + "/ca.pem" }
    /// The certificate and key of `leaf`: "good", "expired", "wrongname" or "stranger".
    func pair(_ leaf: String) -> (cert: String, key: String) { (directory + "/\(leaf).pem", directory + "/\(leaf).key") }

    /// Made once per test process, on a thread of its own (openssl must not block Swift's pool).
    static func shared() async throws -> TestCertificates {
        try await offPool { try made.get() }
    }

    private static let made: Result<TestCertificates, any Error> = Result { try make() }

    static func make() throws -> TestCertificates {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("acquire-certs-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script, "sh", dir]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CertificateError(text) }
        return TestCertificates(directory: dir)
    }

    struct CertificateError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = "openssl failed: " + d }
    }

    static let script = #"""
    set -e
    cd "$1"
    mkdir -p db; : > db/index.txt; echo 01 > db/serial
    cat > ca.cnf <<'CNF'
    [ca]
    default_ca = dflt
    [dflt]
    dir = .
    database = db/index.txt
    serial = db/serial
    new_certs_dir = db
    default_md = sha256
    policy = any
    unique_subject = no
    copy_extensions = copy
    [any]
    commonName = supplied
    [v3_ca]
    basicConstraints = critical,CA:true
    keyUsage = critical,keyCertSign,cRLSign
    subjectKeyIdentifier = hash
    [leaf]
    basicConstraints = CA:false
    keyUsage = critical,digitalSignature
    extendedKeyUsage = serverAuth
    CNF
    key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
    for ca in ca other; do
      key $ca.key
      openssl req -x509 -new -key $ca.key -subj "/CN=acquire-cases test $ca" -days 2 -out $ca.pem -config ca.cnf -extensions v3_ca
    done
    leaf() {
      key $1.key
      openssl req -new -key $1.key -subj "/CN=$1" -addext "subjectAltName=$2" -out $1.csr
      openssl ca -batch -config ca.cnf -extensions leaf -cert $3.pem -keyfile $3.key -in $1.csr -out $1.pem -startdate $4 -enddate $5 -notext
    }
    now=$(date -u +%Y%m%d%H%M%SZ -d '-1 hour'); later=$(date -u +%Y%m%d%H%M%SZ -d '+1 day')
    leaf good "DNS:localhost,IP:127.0.0.1" ca $now $later
    leaf expired "DNS:localhost,IP:127.0.0.1" ca 20200101000000Z 20200102000000Z
    leaf wrongname "DNS:elsewhere.example" ca $now $later
    leaf stranger "DNS:localhost,IP:127.0.0.1" other $now $later
    """#
}

/// Runs blocking work (a child process, a blocking read) on a thread of its own, so the
/// cooperative pool keeps serving the client and servers under test.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
