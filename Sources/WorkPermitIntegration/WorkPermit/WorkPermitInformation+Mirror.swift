#if !hasFeature(Embedded)
    extension WorkPermitInformation: CustomReflectable {
        /// A mirror showing the masked number only.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "number": self.number.description, "category": self.category,
                    "validUntil": self.validUntil.description,
                ], displayStyle: .struct)
        }
    }
#endif
