#if !hasFeature(Embedded)
    extension HolidayNotice.Kind: Codable {}
#endif
