import CardModel

extension Subcommand {
    /// `sscard validate KIND [VALUE ...]` (CM-ID, CM-ID-FOREIGN).
    static let validate = Subcommand(
        name: "validate", summary: "check identifiers (resident ID, USCC, permanent resident ID, ...)",
        help: """
            \(OptionTable.validate.usage)

            KIND: resident-id, uscc, permanent-resident-id, work-permit, social-security-number
            Prints 'valid' or 'invalid: <reason>' a line, in order; exit 1 if any was invalid. With no VALUE,
            reads one value a line from standard input, streamed in constant memory.
            JSON: {"valid": Bool, "value": masked (or full with --reveal), "reason": text or null, plus
            "birthDate", "sex", "regionCode" where the kind has them}.
            """, optionTables: [.validate],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in try ValidateCommand.run(invocation) })
}

/// What `sscard validate` does (CM-ID, CM-ID-FOREIGN).
enum ValidateCommand {
    /// Validates the values given, or each line of standard input, streamed; exit 1 when any is invalid.
    static func run(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        let arguments = try Arguments(invocation.arguments, table: .validate)
        let kinds = IdentifierKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let kindName = arguments.positionals.first else {
            throw UsageError(
                en: "missing KIND; one of \(kinds)", de: "ART fehlt; eine von \(kinds)", zh: "缺少类型；可选 \(kinds)")
        }
        guard let kind = IdentifierKind(rawValue: kindName) else {
            throw UsageError(
                en: "unknown KIND '\(kindName)'; one of \(kinds)",
                de: "unbekannte ART „\(kindName)“; eine von \(kinds)",
                zh: "未知类型“\(kindName)”；可选 \(kinds)")
        }
        var anyInvalid = false
        var output = OutputBuffer(console: invocation.console)
        func check(_ text: String) {
            let report = kind.validate(text, details: invocation.json)
            if report.reason != nil { anyInvalid = true }
            output.append(
                line: invocation.json
                    ? report.json(reveal: invocation.reveal, language: invocation.language).serialized
                    : report.text(language: invocation.language))
        }
        let values = arguments.positionals.dropFirst()
        if values.isEmpty {
            // Streamed from standard input in chunks, one answer a line into one output buffer.
            var reader = LineReader(console: invocation.console)
            while reader.next(flushing: &output) { check(reader.text) }
        } else {
            values.forEach(check)
        }
        output.flush()
        return anyInvalid ? .failure : .success
    }
}

/// The identifiers `sscard validate` knows.
enum IdentifierKind: String, CaseIterable {
    case residentID = "resident-id"
    case uscc
    case permanentResidentID = "permanent-resident-id"
    case workPermit = "work-permit"
    case socialSecurityNumber = "social-security-number"

    /// The outcome for one value: why it is invalid, or its canonical and masked forms and its parts.
    struct Report {
        var value: String = ""
        var masked: String = ""
        var reason: IdentifierValidationError?
        var parts: [(String, JSONValue)] = []

        /// `valid`, or `invalid: <reason>`, in `language` (CM-ID).
        func text(language: Language) -> String {
            guard let reason = self.reason else {
                return LocalizedText(english: "valid", german: "gültig", chinese: "有效")[language]
            }
            let label = LocalizedText(english: "invalid: ", german: "ungültig: ", chinese: "无效：")
            return label[language] + reason.message[language]
        }

        /// The JSON document (Documentation/JSON.md): masked unless `reveal` (CM-PRIVACY).
        func json(reveal: Bool, language: Language) -> JSONValue {
            .object(
                [
                    ("valid", .bool(self.reason == nil)),
                    ("value", self.reason == nil ? .string(reveal ? self.value : self.masked) : .null),
                    ("reason", self.reason.map { .string($0.message[language]) } ?? .null),
                ] + self.parts)
        }
    }

    /// Validates `text` as an identifier of this kind (CM-ID, CM-ID-FOREIGN); the value and the parts are
    /// worked out only with `details` (the JSON document needs them, the text line does not).
    func validate(_ text: String, details: Bool = true) -> Report {
        do throws(IdentifierValidationError) {
            guard details else {
                try self.check(text)
                return Report()
            }
            switch self {
            case .residentID:
                let number = try ResidentIdentityNumber(text)
                return Report(
                    value: number.revealed, masked: number.description,
                    parts: [
                        ("birthDate", .date(number.birthDate)), ("sex", .string(number.sex.rawValue)),
                        ("regionCode", .string(number.regionCode)),
                    ])
            case .uscc:
                let code = try UnifiedSocialCreditCode(text)
                return Report(
                    value: code.revealed, masked: code.description,
                    parts: [
                        ("registrationDepartment", .string(String(code.registrationDepartmentCode))),
                        ("regionCode", .string(code.regionCode)),
                    ])
            case .permanentResidentID:
                let number = try ForeignPermanentResidentIDNumber(text)
                return Report(
                    value: number.revealed, masked: number.description,
                    parts: [("birthDate", .date(number.birthDate)), ("legacyFormat", .bool(number.isLegacyFormat))])
            case .workPermit:
                let number = try WorkPermitNumber(text)
                return Report(value: number.revealed, masked: number.description)
            case .socialSecurityNumber:
                let number = try SocialSecurityNumber(text)
                return Report(value: number.revealed, masked: number.description)
            }
        } catch {
            return Report(reason: error)
        }
    }

    /// Throws why `text` is not an identifier of this kind.
    private func check(_ text: String) throws(IdentifierValidationError) {
        switch self {
        case .residentID: _ = try ResidentIdentityNumber(text)
        case .uscc: _ = try UnifiedSocialCreditCode(text)
        case .permanentResidentID: _ = try ForeignPermanentResidentIDNumber(text)
        case .workPermit: _ = try WorkPermitNumber(text)
        case .socialSecurityNumber: _ = try SocialSecurityNumber(text)
        }
    }
}
