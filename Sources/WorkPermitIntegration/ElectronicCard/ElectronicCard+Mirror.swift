#if !hasFeature(Embedded)
    extension ElectronicCard: CustomReflectable {
        /// A mirror with masked values only.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "phase": self.phase, "registration": self.registration.description,
                    "functions": self.functions(on: self.latestDate).map(\.rawValue).sorted(),
                    "events": self.history.count,
                ], displayStyle: .struct)
        }
    }
#endif
