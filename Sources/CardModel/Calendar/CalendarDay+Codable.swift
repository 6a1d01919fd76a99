#if !hasFeature(Embedded)
    extension CalendarDay: Codable {
        private enum CodingKeys: String, CodingKey { case date, kind, holiday, isAssumed, isProvisional }

        /// Decodes a day; a document without `isProvisional` (written before CM-PROVISIONAL) decodes as not provisional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                date: try container.decode(CivilDate.self, forKey: .date),
                kind: try container.decode(Kind.self, forKey: .kind),
                holiday: try container.decodeIfPresent(HolidayName.self, forKey: .holiday),
                isAssumed: try container.decode(Bool.self, forKey: .isAssumed),
                isProvisional: try container.decodeIfPresent(Bool.self, forKey: .isProvisional) ?? false)
        }

        /// Encodes the day's `date`, `kind`, `holiday` (left out when there is none), `isAssumed` and `isProvisional`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.date, forKey: .date)
            try container.encode(self.kind, forKey: .kind)
            try container.encodeIfPresent(self.holiday, forKey: .holiday)
            try container.encode(self.isAssumed, forKey: .isAssumed)
            try container.encode(self.isProvisional, forKey: .isProvisional)
        }
    }

    extension CalendarDay.Kind: Codable {}
#endif
