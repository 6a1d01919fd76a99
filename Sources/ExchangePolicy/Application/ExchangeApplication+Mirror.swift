#if !hasFeature(Embedded)
    extension ExchangeApplication: CustomReflectable {
        /// A mirror of the facts, with the birth date shown only as known or not.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "date": self.date, "currentCard": self.currentCard as Any, "channel": self.channel,
                    "bank": self.bank,
                    "receipt": self.receipt, "employer": self.employer as Any, "holderIsMinor": self.holderIsMinor,
                    "appliedByGuardian": self.appliedByGuardian,
                    "holderBirthDate": self.holderBirthDate == nil ? "unknown" : "known",
                ],
                displayStyle: .struct)
        }
    }
#endif
