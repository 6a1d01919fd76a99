import CardModel

#if !hasFeature(Embedded)
    extension OnboardingEffect: Encodable {
        private enum CodingKeys: String, CodingKey { case effect, deadline, kind, methods, functions, validUntil }

        /// Encodes the effect's ``name`` and what it carries, with explicit keys:
        ///
        /// ```json
        /// {"effect": "scheduleDeadline", "deadline": {"kind": "residencePermitApplication", "nominalLastDay": …}}
        /// {"effect": "cancelDeadline", "kind": "notificationLetterExpiry"}
        /// {"effect": "verifyWorkPermit", "methods": ["informationSystem"]}
        /// {"effect": "offerFunctions", "functions": ["…"]}   (sorted)
        /// {"effect": "recordResidencePermit", "validUntil": "2027-03-26"}
        /// {"effect": "completed"}
        /// ```
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .effect)
            switch self {
            case .scheduleDeadline(let deadline), .flagMissedDeadline(let deadline):
                try container.encode(deadline, forKey: .deadline)
            case .cancelDeadline(let kind):
                try container.encode(kind, forKey: .kind)
            case .verifyWorkPermit(let methods):
                try container.encode(methods, forKey: .methods)
            case .offerFunctions(let functions):
                try container.encode(functions.sorted { $0.rawValue < $1.rawValue }, forKey: .functions)
            case .recordResidencePermit(let validUntil):
                try container.encode(validUntil, forKey: .validUntil)
            case .issuePhysicalWorkPermitCard, .issuePhysicalCard, .completed, .closed:
                break
            }
        }
    }
#endif
