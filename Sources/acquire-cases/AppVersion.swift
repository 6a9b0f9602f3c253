/// The program's version: the one place it is written. `--version` prints it, and
/// `scripts/release` reads it back from the built binary to name the tarball.
enum AppVersion {
    static let string = "0.1.0"
}
