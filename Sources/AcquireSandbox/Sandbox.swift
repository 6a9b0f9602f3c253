// Placeholder: the sandbox server lands here (issue 3).
public enum SandboxInfo {
    public static let name = "AcquireSandbox"
}
