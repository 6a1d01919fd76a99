import CardModel

#if !hasFeature(Embedded)
    extension WorkPermitProcedureDecision: Encodable {
        private enum CodingKeys: String, CodingKey { case procedure, approved, violations, formAfter, notes }

        /// Encodes `{"procedure": "extend", "approved": true, "violations": […], "formAfter": "integrated",
        /// "notes": […]}`; `formAfter` is left out when there is none.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.procedure, forKey: .procedure)
            try container.encode(self.isApproved, forKey: .approved)
            try container.encode(self.violations, forKey: .violations)
            try container.encodeIfPresent(self.formAfter, forKey: .formAfter)
            try container.encode(self.notes, forKey: .notes)
        }
    }
#endif
