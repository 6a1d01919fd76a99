#if !hasFeature(Embedded)
    extension ReplacementCase: CustomReflectable {
        /// A mirror showing the phase, the masked holder document and the events' names and dates.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "phase": self.phase, "holder": self.holder, "history": self.history.map(\.description),
                ],
                displayStyle: .struct)
        }
    }
#endif
