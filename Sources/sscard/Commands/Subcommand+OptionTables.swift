extension OptionTable {
    /// `sscard day`: dates only, no options of its own.
    static let day = OptionTable("day", operands: "DATE [DATE ...]", shell: ["json"])

    /// `sscard workdays add|count`: numbers and dates only, no options of its own.
    static let workdays = OptionTable("workdays", shell: ["json"])

    /// The USAGE section of `sscard workdays`: its two actions.
    static let workdaysUsage = OptionTable.usage([
        OptionTable.workdays.form("add N [DATE ...]"), OptionTable.workdays.form("count FROM TO"),
    ])

    /// `sscard validate`: a kind and values only, no options of its own.
    static let validate = OptionTable("validate", operands: "KIND [VALUE ...]", shell: ["json", "reveal"])

    /// `sscard rules`: rule ids only, no options of its own.
    static let rules = OptionTable("rules", operands: "[RULE-ID ...]", shell: ["lang", "json"])

    /// `sscard batch`: requests on standard input, no options of its own.
    static let batch = OptionTable("batch", shell: ["lang", "reveal", "holidays", "provisional"])

    /// The USAGE line of `sscard batch`, requests on standard input.
    static let batchUsage = OptionTable.usage([OptionTable.batch.form(tail: "< requests")])
}
