#if !hasFeature(Embedded)
    extension CalendarReference: Codable {
        private enum CodingKeys: String, CodingKey { case name, from, through }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                name: try container.decode(String.self, forKey: .name),
                from: try container.decode(Int.self, forKey: .from),
                through: try container.decode(Int.self, forKey: .through))
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .name)
            try container.encode(self.from, forKey: .from)
            try container.encode(self.through, forKey: .through)
        }
    }
#endif
