import ExchangePolicy

extension ExchangeCommand {
    /// The options of `sscard exchange`: what it parses and what its help lists.
    static let options = OptionTable(
        "exchange", shell: ["json", "lang"], column: 26,
        example: ["--date", "2026-01-05", "--generation", "2", "--channel", "website", "--bank", "ICBC"],
        [
            .value("date", "DATE", required: true, "the application day (YYYY-MM-DD)"),
            .choice(
                "generation", "G", ["1", "2", "3", "none"], required: true,
                "the card held now: 1, 2, 3 (refused: nothing to exchange) or none",
                "(refused: make a first application instead)"),
            .choice(
                "channel", "CHANNEL", ExchangeChannel.allCases.map(\.rawValue), required: true, usage: "CHANNEL",
                "online, on any day: website, wechat-account, jingtong,",
                "minsheng-mini-program; offline (from 2026-01-04): district-service-point,",
                "subdistrict-service-point (working days only, EX-SERVICE-POINT-DAYS),",
                "bank-outlet (any day: branches may open at weekends, our reading)"),
            .value(
                "bank", "CODE", required: true,
                "the issuing bank: ICBC, ABC, BOC, CCB, BOCOM, BOB, HXB, BRCB, CITIC, CEB,",
                "CMBC, CGB, CMB, SPDB, PSBC (another code is refused, EX-PARTNER-BANKS)"),
            .choice(
                "receipt", "WAY", ExchangeReceiptMethod.allCases.map(\.rawValue),
                "bank-branch (default), instant-issuance (at a bank outlet), post (free),",
                "employer (under company pickup, from one of --employer-banks)"
            ).onNewUsageLine,
            .flag(
                "employee", "the holder is an employee; without an arrangement below, the choice of",
                "bank is free (EX-FREE-CHOICE)"
            ).onNewUsageLine,
            .value(
                "employer", "USCC", "the employer's unified social credit code (optional; the decision does",
                "not depend on it; never printed)"),
            .flag(
                "company-pickup", "the employer has collective application with company pickup (单位代领):",
                "an online application must choose one of --employer-banks"
            ).onNewUsageLine,
            .flag(
                "collective-application", "the employer has collective application without company pickup",
                "(excludes --company-pickup, which already includes it)"
            ).alternativeToPrevious,
            .value(
                "employer-banks", "CODES", usage: "CODE,CODE",
                "the one to three partner banks the employer selected, comma-separated",
                "(needs --company-pickup or --collective-application)"),
            .flag("minor", "the holder is under 18 (EX-MINOR)").onNewUsageLine,
            .flag(
                "guardian", "a guardian applies on the holder's behalf (only with --minor: refused",
                "for an adult, EX-MINOR)"
            ).insidePrevious,
        ])
}
