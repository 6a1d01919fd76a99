#if !hasFeature(Embedded)
    extension ElectronicCardRegistration: CustomReflectable {
        /// A mirror with the masked values only.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "name": self.name.description, "credential": self.credential.description,
                    "workPermit": self.workPermit.map(\.description) ?? "none",
                ], displayStyle: .struct)
        }
    }
#endif
