#if !hasFeature(Embedded)
    extension PersonalIdentifier {
        /// A mirror that shows only the masked value, so `dump` does not reveal it.
        public var customMirror: Mirror { Mirror(self, children: ["masked": self.description], displayStyle: .struct) }
    }
#endif
