#if !hasFeature(Embedded)
    extension ExchangePolicy: CustomReflectable {
        /// A mirror of the parameters with the bank codes and the calendar summarised, so `dump` of a policy (and of an
        /// ``ExchangeCase``) stays short instead of listing 23 years of holiday schedules.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "centralizedPhaseStart": self.centralizedPhaseStart, "regularPhaseStart": self.regularPhaseStart,
                    "partnerBanks": self.partnerBankCodes, "maximumEmployerBanks": self.maximumEmployerBanks,
                    "productionWorkingDays": self.productionWorkingDays,
                    "firstApplicationCalendarDays": self.firstApplicationCalendarDays,
                    "thirdGenerationOnlyFrom": self.thirdGenerationOnlyFrom, "postageFee": self.postageFee,
                    "calendar": self.calendarSummary,
                ],
                displayStyle: .struct)
        }
    }
#endif
