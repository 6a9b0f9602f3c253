/// The environment a child process gets: the parent's, without the app's secrets. Editor
/// plugins and a key command's own children can read their environment, so `ACQUIRE_API_KEY`
/// (and any `ACQUIRE_*` variable other than the settings below) never reaches them.
public enum ChildEnvironment {
    /// `ACQUIRE_*` settings that are not secret; a key command may use them to pick its key
    /// (`pass show acquire/$ACQUIRE_ACCOUNT`).
    public static let settings: Set<String> = ["ACQUIRE_ACCOUNT", "ACQUIRE_PROFILE", "ACQUIRE_BASE_URL", "ACQUIRE_TIMEOUT"]

    /// `environment` without every `ACQUIRE_*` variable except those in `keeping`.
    public static func scrubbed(_ environment: [String: String], keeping: Set<String> = []) -> [String: String] {
        environment.filter { name, _ in !name.hasPrefix("ACQUIRE_") || keeping.contains(name) }
    }

    /// For `$EDITOR`: no `ACQUIRE_*` variable at all.
    public static func forEditor(_ environment: [String: String]) -> [String: String] {
        scrubbed(environment)
    }

    /// For `api_key_command`: the non-secret settings stay, the rest of `ACQUIRE_*` goes.
    public static func forKeyCommand(_ environment: [String: String]) -> [String: String] {
        scrubbed(environment, keeping: settings)
    }
}
