import Foundation

/// Renders a value in every way a host or a log might print it (CM-PRIVACY).
enum PrivacyAudit {
    static func renderings(_ value: Any) -> [(String, String)] {
        var dumped = ""
        dump(value, to: &dumped)
        var forms = [
            ("String(describing:)", String(describing: value)),
            ("String(reflecting:)", String(reflecting: value)),
            ("interpolation", "\(value)"),
            ("dump", dumped),
        ]
        if let error = value as? any Error {
            forms.append(("localizedDescription", error.localizedDescription))
        }
        return forms
    }

    /// The secrets that appear unmasked in any rendering of `value`, as "secret in form" lines.
    static func leaks(of secrets: [String], in value: Any) -> [String] {
        renderings(value).flatMap { form, text in
            secrets.filter { text.contains($0) }.map { "\($0) in \(form)" }
        }
    }
}
