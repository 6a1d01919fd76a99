#if !hasFeature(Embedded)
    extension PersonName: CustomReflectable {
        /// A mirror showing only the masked name.
        public var customMirror: Mirror { Mirror(self, children: ["masked": self.description], displayStyle: .struct) }
    }
#endif
