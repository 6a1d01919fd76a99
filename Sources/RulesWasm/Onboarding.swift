import CardModel
import WorkPermitIntegration

/// The `onboarding` operation: a foreign employee's onboarding timeline with its deadlines, as
/// `sscard onboarding --json` prints it (WorkPermitIntegration's `OnboardingTimeline`; WP-VISA, WP-ECARD,
/// WP-ENROL, WP-RESIDENCE, WP-NOTIFICATION, WP-RESIDENCE-DEADLINE).
///
/// `{"entry": "2026-03-02", "notificationIssued": "2026-01-15", "permit": "integrated", "provisional": false}` →
/// `{"entry", "notificationIssued", "permit", "possible", "complete", "missingCalendarYears", "provisionalYears",
/// "steps", "deadlines", "warnings", "notes"}`, byte for byte the document of `sscard onboarding --json` (with
/// `--provisional` when `provisional` is true). Only `entry` is required; `notificationIssued` may be `null` or
/// left out (not known), `permit` (`physical` or `integrated`) left out for the form the entry date gives.
extension Request {
    /// The policy the timeline follows: Beijing's, with mainland China's official calendar, which refuses a
    /// year without a notice (the deadline keeps its nominal day) or, with `provisional`, answers it by law.
    private static let policies = (
        official: WorkPermitIntegrationPolicy.beijing.with(calendar: Rules.calendar),
        provisional: WorkPermitIntegrationPolicy.beijing.with(calendar: Rules.calendar.withFallback(.provisional))
    )

    /// Answers `{"entry", "notificationIssued"?, "permit"?, "provisional"?}`.
    mutating func onboarding() throws(RequestError) -> JSONValue {
        guard let entryValue = self.take("entry") else { throw RequestError(.badRequest, "missing member 'entry'") }
        let entry = try Self.date(entryValue, "entry")
        let issued: CivilDate?
        switch self.take("notificationIssued") {
        case nil, .null?: issued = nil
        case let value?: issued = try Self.date(value, "notificationIssued")
        }
        var form: WorkPermitForm?
        if let value = self.take("permit") {
            guard case .string(let name) = value, let named = WorkPermitForm(rawValue: name) else {
                throw RequestError(.badRequest, "'permit' must be \"physical\" or \"integrated\"")
            }
            form = named
        }
        var provisional = false
        if let value = self.take("provisional") {
            guard case .bool(let flag) = value else {
                throw RequestError(.badRequest, "'provisional' must be a boolean, not \(value.typeName)")
            }
            provisional = flag
        }
        try self.requireNoOtherMembers()
        let timeline: OnboardingTimeline
        do throws(CivilDateError) {
            timeline = try OnboardingTimeline(
                entry: entry, notificationLetterIssued: issued, permitForm: form,
                policy: provisional ? Self.policies.provisional : Self.policies.official)
        } catch {
            var refusal = RequestError(
                .badDate,
                "a deadline of this plan falls after \(CivilDate.latest), the last supported date "
                    + "(\(error.description)); use earlier dates")
            refusal.details = [("reason", .string(error.code.description))]
            throw refusal
        }
        return Self.json(timeline, language: self.language)
    }

    /// The date `value` of member `key`, a string `YYYY-MM-DD`.
    private static func date(_ value: JSONValue, _ key: String) throws(RequestError) -> CivilDate {
        guard case .string(let text) = value else {
            throw RequestError(.badRequest, "'\(key)' must be a string, not \(value.typeName)")
        }
        do throws(CivilDateError) {
            return try CivilDate(parsing: text)
        } catch {
            throw RequestError(error, date: text)
        }
    }

    /// The timeline as `sscard onboarding --json` writes it, member for member (OnboardingCommand.swift).
    private static func json(_ timeline: OnboardingTimeline, language: Language) -> JSONValue {
        .object([
            ("entry", .date(timeline.entry)),
            ("notificationIssued", .date(timeline.notificationLetterIssued)),
            ("permit", .string(timeline.permitForm.rawValue)),
            ("possible", .bool(timeline.isPossible)),
            ("complete", .bool(timeline.isComplete)),
            ("missingCalendarYears", .array(timeline.missingCalendarYears.map { .year($0) })),
            ("provisionalYears", .array(timeline.provisionalYears.map { .year($0) })),
            (
                "steps",
                .array(
                    timeline.steps.map { step in
                        .object([
                            ("step", .string(step.step.rawValue)),
                            ("name", .string(step.step.name[language])),
                            ("rule", .string(step.rule.rawValue)),
                            ("date", .date(step.date)),
                            ("earliest", .date(step.earliest)),
                            ("latest", .date(step.latest)),
                            ("needs", .array(step.needs.map { .string($0[language]) })),
                        ])
                    })
            ),
            (
                "deadlines",
                .array(
                    timeline.deadlines.map { deadline in
                        .object([
                            ("kind", .string(deadline.kind.rawValue)),
                            ("name", .string(deadline.kind.name[language])),
                            ("date", .date(deadline.lastDay)),
                            ("rule", .string(deadline.rule.rawValue)),
                            ("nominalDate", .date(deadline.nominalLastDay)),
                            ("yearWithoutData", deadline.yearWithoutData.map { .year($0) } ?? .null),
                            ("provisionalYear", deadline.provisionalYear.map { .year($0) } ?? .null),
                            ("conditional", .bool(timeline.isConditional(deadline))),
                        ])
                    })
            ),
            ("warnings", .messages(timeline.warnings.map { ($0.rule, $0.message) }, language: language)),
            ("notes", .messages(timeline.notes.map { ($0.rule, $0.message) }, language: language)),
        ])
    }
}

extension JSONValue {
    /// A date as its ISO string, `null` for none.
    fileprivate static func date(_ date: CivilDate?) -> JSONValue {
        date.map { .string($0.description) } ?? .null
    }

    /// A year: within `Int32` on every platform (dates are 1900 through 2199, and the years next to them).
    fileprivate static func year(_ year: Int) -> JSONValue {
        .integer(Int32(truncatingIfNeeded: year))
    }

    /// Violations or notes as `[{"rule": "WP-…", "message": "…"}]`, in `language`.
    fileprivate static func messages(_ messages: [(RuleID, LocalizedText)], language: Language) -> JSONValue {
        .array(
            messages.map { rule, message in
                .object([("rule", .string(rule.rawValue)), ("message", .string(message[language]))])
            })
    }
}
