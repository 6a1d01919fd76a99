#if !hasFeature(Embedded)
    extension IdentityDocument: CustomReflectable {
        /// A mirror showing only the masked number.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "kind": self.kind, "number": IdentifierText.mask(self.revealedNumber),
                    "validUntil": self.validUntil as Any,
                ],
                displayStyle: .struct)
        }
    }
#endif
