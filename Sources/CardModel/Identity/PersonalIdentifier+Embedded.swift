#if hasFeature(Embedded)
    /// What a ``PersonalIdentifier`` is besides its masked descriptions. On full Swift it is `Codable` and
    /// `CustomReflectable`; Embedded Swift has neither, so here it adds nothing.
    public typealias PersonalIdentifierStorage = Sendable
#endif
