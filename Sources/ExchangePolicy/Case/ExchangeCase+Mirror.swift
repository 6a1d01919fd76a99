#if !hasFeature(Embedded)
    extension ExchangeCase: CustomReflectable {
        /// A mirror showing the phase, the ready date, the parties (masked), the application, the decision, the
        /// events as one line each and the policy summarised (its mirror), never the policy's holiday calendar.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "phase": self.phase, "readyDate": self.readyDate as Any, "parties": self.parties,
                    "application": self.application, "decision": self.decision.description,
                    "history": self.history.map(\.description), "policy": self.policy,
                ],
                displayStyle: .struct)
        }
    }
#endif
