/// The shell's exit statuses (ARCHITECTURE.md): 0 success, approved or valid; 1 refused, invalid or no
/// data; 2 usage error.
enum ExitStatus: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 2
}
