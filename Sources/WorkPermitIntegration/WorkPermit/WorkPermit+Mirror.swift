#if !hasFeature(Embedded)
    extension WorkPermit: CustomReflectable {
        /// A mirror without the full number.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "number": self.number.description, "category": self.category, "form": self.form,
                    "validity": "\(self.issuedOn)...\(self.validUntil)", "phase": self.phase,
                    "events": self.history.count,
                ], displayStyle: .struct)
        }
    }
#endif
