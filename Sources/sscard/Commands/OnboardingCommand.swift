import CardModel
import WorkPermitIntegration

extension Subcommand {
    /// `sscard onboarding --entry DATE [--notification-issued DATE] [--permit physical|integrated]`: a foreign
    /// employee's onboarding timeline with dates and deadlines (WP-VISA, WP-ECARD, WP-ENROL, WP-RESIDENCE,
    /// WP-NOTIFICATION, WP-RESIDENCE-DEADLINE).
    static let onboarding = Subcommand(
        name: "onboarding", summary: "a foreign employee's onboarding timeline, with deadlines",
        help: """
            \(OnboardingCommand.options.usage)

            Prints the onboarding of a foreign employee who enters China on a Z visa on DATE: the
            Notification Letter and the Z visa before entry, then the electronic social security card,
            social insurance enrolment, the social security number, the physical card, and the residence
            permit, applied for within 30 days of entry (counted as in CM-PERIOD: entry 2026-03-02, last day
            2026-04-01) and decided within 15 days of its acceptance. Each step shows its date or window,
            its rule and what it needs; then the deadlines and warnings.

            \(OnboardingCommand.options.list)

            The deadlines are counted with the shell's calendar (--holidays FILE adds a year's schedule). A
            deadline whose effective day needs a year without a notice is printed with its nominal day and a
            CM-WORKDAY warning naming the year; the effective day is never guessed. With --provisional the
            effective day is given by law (weekends and statutory days are rest days) with a CM-PROVISIONAL
            warning naming the year. Neither is a refusal: the plan is answered; an unknown day exits 1 (no
            data), a provisional one 0, as in `sscard replacement` and `sscard exchange`.

            EXIT STATUS: 0 the timeline can happen and every date is known (warnings and provisional days
                         included); 1 a deadline's effective day is unknown for lack of a notice (the plan is
                         still printed), or refused: an impossible timeline (the letter after the entry, an
                         integrated permit with an entry before 2024-12-01, a physical permit with a letter
                         and an entry from 2024-12-01, a date before 2017-04-01), printed with the reasons
                         among the warnings; 2 usage error, including dates whose deadlines fall after
                         2199-12-31.

            JSON KEYS:
              entry, notificationIssued     ISO dates (notificationIssued null when not given)
              permit                        physical or integrated
              possible                      false when the timeline cannot happen (exit 1)
              complete                      false when a deadline's day is unknown for lack of a notice
              missingCalendarYears          years without a notice a deadline needs ([] when none)
              provisionalYears              years answered provisionally by law (--provisional; [] when none)
              steps [{step, name, rule, date, earliest, latest, needs}]
                                            "step" is a stable id, "name" and "needs" are translated; [] for a
                                            date before 2017-04-01
              deadlines [{kind, name, date, rule, nominalDate, yearWithoutData, provisionalYear, conditional}]
                                            "kind": notificationLetterExpiry, residencePermitApplication or
                                            residencePermitDecision; "date" the effective last day, null when
                                            unknown (then "yearWithoutData" names the year); "provisionalYear"
                                            the year whose provisional calendar gave "date", else null;
                                            "conditional" true for the decision's latest day, which assumes an
                                            application on the last day
              warnings [{rule, message}]    problems first, then advice
              notes [{rule, message}]       the readings the plan rests on
            """, optionTables: [OnboardingCommand.options],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            try OnboardingCommand.run(invocation)
        })
}

/// The body of `sscard onboarding`.
enum OnboardingCommand {
    static func run(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        let arguments = try Arguments(invocation.arguments, table: Self.options)
        if let extra = arguments.positionals.first {
            throw UsageError.unexpected(extra)
        }
        let entry = try arguments.requiredDate("entry")
        let issued = try arguments.date("notification-issued")
        let permit = try arguments.choice("permit").flatMap(WorkPermitForm.init)
        let timeline: OnboardingTimeline
        do throws(CivilDateError) {
            timeline = try OnboardingTimeline(
                entry: entry, notificationLetterIssued: issued, permitForm: permit,
                policy: .beijing.with(calendar: invocation.calendar))
        } catch {
            throw UsageError(
                en: "a deadline of this plan falls after \(CivilDate.latest), the last supported date "
                    + "(\(error.localizedReason.english)); use earlier dates",
                de: "eine Frist dieses Plans fällt nach dem \(CivilDate.latest, in: .german), dem letzten "
                    + "unterstützten Datum "
                    + "(\(error.localizedReason.german)); frühere Daten verwenden",
                zh: "该计划有期限晚于支持的最后日期\(CivilDate.latest, in: .simplifiedChinese)（\(error.localizedReason.chinese)）；"
                    + "请使用更早的日期")
        }
        if invocation.json {
            invocation.print(json: self.json(timeline, language: invocation.language))
        } else {
            for line in self.text(timeline, language: invocation.language) { invocation.print(line) }
        }
        if !timeline.isComplete {
            let years = timeline.missingCalendarYears.map(String.init).joined(separator: ", ")
            invocation.printError(
                "sscard onboarding: "
                    + LocalizedText(
                        english: "note: no official working-day data for \(years): the deadlines that need it show "
                            + "their nominal days only; add the year's notice with --holidays FILE, or use --provisional",
                        german:
                            "Hinweis: keine amtlichen Arbeitstagsdaten für \(years): die Fristen, die sie brauchen, "
                            + "zeigen nur ihren rechnerischen Tag; die Bekanntmachung des Jahres mit --holidays DATEI "
                            + "hinzufügen oder --provisional verwenden",
                        chinese: "注意：缺少\(years)年的官方工作日数据：相关期限仅显示名义日期；请用 --holidays 文件 "
                            + "补充当年的通知，或使用 --provisional")[invocation.language])
        }
        // A deadline of unknown effective day is a warning, not a refusal (CM-WORKDAY), but the answer lacks data:
        // exit 1, as every command does for "no data" (ARCHITECTURE.md).
        return timeline.isPossible && timeline.isComplete ? .success : .failure
    }

    static func json(_ timeline: OnboardingTimeline, language: Language) -> JSONValue {
        .object([
            ("entry", .date(timeline.entry)),
            ("notificationIssued", .date(timeline.notificationLetterIssued)),
            ("permit", .string(timeline.permitForm.rawValue)),
            ("possible", .bool(timeline.isPossible)),
            ("complete", .bool(timeline.isComplete)),
            ("missingCalendarYears", .array(timeline.missingCalendarYears.map { .int($0) })),
            ("provisionalYears", .array(timeline.provisionalYears.map { .int($0) })),
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
                            ("yearWithoutData", deadline.yearWithoutData.map { .int($0) } ?? .null),
                            ("provisionalYear", deadline.provisionalYear.map { .int($0) } ?? .null),
                            ("conditional", .bool(timeline.isConditional(deadline))),
                        ])
                    })
            ),
            ("warnings", .violations(timeline.warnings, language: language)),
            ("notes", .notes(timeline.notes, language: language)),
        ])
    }

    static func text(_ timeline: OnboardingTimeline, language: Language) -> [String] {
        let labels = Labels(language)
        var lines = [
            "\(labels.title) \(labels.formatted(timeline.entry))"
                + labels.parenthesized("\(labels.workPermit)\(labels.colon)\(timeline.permitForm.name[language])")
        ]
        if !timeline.steps.isEmpty { lines += ["", "\(labels.steps)\(labels.headingColon)"] }
        let windows = timeline.steps.map { labels.window($0) }
        let width = windows.map(\.displayWidth).max() ?? 0
        for (step, window) in zip(timeline.steps, windows) {
            let needs = step.needs.map { $0[language] }.joined(separator: labels.semicolon)
            lines.append(
                "  \(window.padded(toDisplayWidth: width))  \(step.step.name[language])"
                    + labels.parenthesized(step.rule.rawValue) + (needs.isEmpty ? "" : "\(labels.colon)\(needs)"))
        }
        if !timeline.deadlines.isEmpty { lines += ["", "\(labels.deadlines)\(labels.headingColon)"] }
        // German and Chinese dates differ in width (CM-DATE): pad them so the deadlines' names line up; ISO
        // dates all have the same width, so English keeps its layout.
        let dateWidth =
            timeline.deadlines.map { labels.formatted($0.lastDay ?? $0.nominalLastDay).displayWidth }.max() ?? 0
        for deadline in timeline.deadlines {
            let day: String
            if let lastDay = deadline.lastDay {
                let padded = labels.formatted(lastDay).padded(toDisplayWidth: dateWidth)
                day =
                    deadline.nominalLastDay == lastDay
                    ? padded
                    : labels.formatted(lastDay)
                        + labels.parenthesized("\(labels.nominal) \(labels.formatted(deadline.nominalLastDay))")
            } else {
                day =
                    labels.formatted(deadline.nominalLastDay)
                    + labels.parenthesized(labels.unknownEffectiveDay(deadline.yearWithoutData))
            }
            let latest =
                (deadline.isProvisional ? "\(labels.comma)\(labels.provisional)" : "")
                + (timeline.isConditional(deadline) ? "\(labels.comma)\(labels.atTheLatest)" : "")
            lines.append(
                "  \(day)  \(deadline.kind.name[language])" + labels.parenthesized(deadline.rule.rawValue) + latest)
        }
        lines += [
            "",
            timeline.warnings.isEmpty
                ? "\(labels.warnings)\(labels.colon)\(labels.none)" : "\(labels.warnings)\(labels.headingColon)",
        ]
        for warning in timeline.warnings {
            lines.append("  \(warning.rule)\(labels.colon)\(warning.message[language])")
        }
        if !timeline.isPossible { lines += ["", labels.impossible] }
        return lines
    }

    /// The fixed words of the text output in the three languages.
    struct Labels: Wording {
        let language: Language
        init(_ language: Language) { self.language = language }

        var title: String {
            self.pick(
                "Onboarding of a foreign employee entering on", "Einreise-Abwicklung bei Einreise am", "外国人入境入职流程，入境日期")
        }
        var workPermit: String { self.pick("work permit", "Arbeitserlaubnis", "工作许可") }
        var steps: String { self.pick("Steps", "Schritte", "步骤") }
        var deadlines: String { self.pick("Deadlines", "Fristen", "期限") }
        var warnings: String { self.pick("Warnings", "Warnungen", "注意") }
        var none: String { self.pick("none", "keine", "无") }
        var nominal: String { self.pick("nominal", "nominal", "名义截止日") }
        func unknownEffectiveDay(_ year: Int?) -> String {
            let year = year.map(String.init) ?? "?"
            return self.pick(
                "nominal; effective day unknown: no data for \(year)",
                "nominal; tatsächlicher Tag unbekannt: keine Daten für \(year)", "名义截止日；实际截止日未知：缺少\(year)年数据")
        }
        var provisional: String { self.pick("provisional", "vorläufig", "临时") }
        var atTheLatest: String {
            self.pick(
                "at the latest: if applied on the last day", "spätestens: bei Antrag am letzten Tag",
                "最晚：于申请截止日申请时")
        }
        var impossible: String {
            self.pick(
                "This timeline cannot happen under the rules (see the warnings).",
                "Dieser Ablauf ist nach den Regeln nicht möglich (siehe Warnungen).", "按规定该时间线无法实现（见“注意”）。")
        }

        func window(_ step: OnboardingTimeline.Step) -> String {
            if let date = step.date { return self.formatted(date) }
            switch (step.earliest, step.latest) {
            case (let earliest?, let latest?):
                return self.formatted(earliest) + self.pick("...", " – ", "至") + self.formatted(latest)
            case (let earliest?, nil): return "\(self.pick("from", "ab", "自")) \(self.formatted(earliest))"
            case (nil, let latest?): return "\(self.pick("by", "bis", "不晚于")) \(self.formatted(latest))"
            case (nil, nil): return self.pick("later", "später", "其后")
            }
        }
    }
}

extension String {
    /// The columns the string takes in a terminal: 2 for each East Asian wide or fullwidth character (the
    /// CJK of the Chinese output), 0 for combining marks, 1 for everything else.
    var displayWidth: Int {
        self.unicodeScalars.reduce(0) { width, scalar in
            if scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .enclosingMark
            {
                return width
            }
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
                0x20000...0x3FFFD:
                return width + 2
            default:
                return width + 1
            }
        }
    }

    /// The string padded with spaces to `width` terminal columns (see ``displayWidth``).
    fileprivate func padded(toDisplayWidth width: Int) -> String {
        let current = self.displayWidth
        return current >= width ? self : self + String(repeating: " ", count: width - current)
    }
}
