public import CardModel

extension ExchangePolicy: CasePolicy {
    /// The policy a snapshot is checked against unless the host says otherwise: ``beijing``.
    public static var standard: ExchangePolicy { .beijing }

    /// Every parameter with a canonical value, named as the policy's JSON keys, in their order, then the
    /// calendar's (`calendar.fallback`, `calendar.YEAR`): what a snapshot's digest covers and decoding compares.
    ///
    /// Dates as `YYYY-MM-DD`, the postage fee in fen, the partner banks as `code|English|German|Chinese` joined by
    /// commas, in the policy's order.
    public var parameters: [PolicyParameter] {
        var banks = ""
        for bank in self.partnerBanks {
            if !banks.isEmpty { banks += "," }
            banks += "\(bank.code)|\(bank.name.english)|\(bank.name.german)|\(bank.name.chinese)"
        }
        return [
            PolicyParameter("centralizedPhaseStart", self.centralizedPhaseStart.description),
            PolicyParameter("regularPhaseStart", self.regularPhaseStart.description),
            PolicyParameter("partnerBanks", banks),
            PolicyParameter("maximumEmployerBanks", String(self.maximumEmployerBanks)),
            PolicyParameter("productionWorkingDays", String(self.productionWorkingDays)),
            PolicyParameter("firstApplicationCalendarDays", String(self.firstApplicationCalendarDays)),
            PolicyParameter("thirdGenerationOnlyFrom", self.thirdGenerationOnlyFrom.description),
            PolicyParameter("postageFee", String(self.postageFee.fen)),
        ] + PolicyParameter.calendar(self.calendar)
    }
}
