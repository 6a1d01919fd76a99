import CardModel

#if !hasFeature(Embedded)
    extension ReplacementStep: Codable {
        private enum CodingKeys: String, CodingKey {
            case step, temporaryReportLapseDays, login, channel, applicant, fee, from, by, reason
        }

        /// Decodes `{"step": "<code>", …}` with what the step carries under its own key, validating every value again.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let code = try container.decode(String.self, forKey: .step)
            switch code {
            case "reportLoss":
                self = .reportLoss(
                    temporaryReportLapseDays: try container.decode(Int.self, forKey: .temporaryReportLapseDays))
            case "installOfficialApp": self = .installOfficialApp
            case "followWeChatAccount": self = .followWeChatAccount
            case "logInOnWebsite": self = .logInOnWebsite(try container.decode(WebsiteLogin.self, forKey: .login))
            case "openMenu": self = .openMenu(try container.decode(ReplacementChannel.self, forKey: .channel))
            case "logIn": self = .logIn(try container.decode(ReplacementChannel.self, forKey: .channel))
            case "goToOffice": self = .goToOffice(try container.decode(ActingParty.self, forKey: .applicant))
            case "handInDamagedCard": self = .handInDamagedCard
            case "fillInApplication":
                self = .fillInApplication(try container.decode(ReplacementChannel.self, forKey: .channel))
            case "payFee": self = .payFee(try container.decode(Money.self, forKey: .fee))
            case "saveCertificate": self = .saveCertificate
            case "collect":
                self = .collect(
                    from: try container.decodeIfPresent(CivilDate.self, forKey: .from),
                    by: try container.decode(ActingParty.self, forKey: .by))
            case "receiveByExpress":
                self = .receiveByExpress(
                    from: try container.decodeIfPresent(CivilDate.self, forKey: .from),
                    by: try container.decode(ActingParty.self, forKey: .by))
            case "activateNewCard":
                self = .activateNewCard(try container.decode(ReplacementReason.self, forKey: .reason))
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: .step, in: container, debugDescription: "ReplacementStep: unknown step '\(code)'")
            }
        }

        /// Encodes `{"step": "<code>"}` (``code``) with what the step carries: `temporaryReportLapseDays`, `login`,
        /// `channel`, `applicant`, `fee`, `from` and `by`, or `reason`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.code, forKey: .step)
            switch self {
            case .installOfficialApp, .followWeChatAccount, .handInDamagedCard, .saveCertificate: break
            case .reportLoss(let days): try container.encode(days, forKey: .temporaryReportLapseDays)
            case .logInOnWebsite(let login): try container.encode(login, forKey: .login)
            case .openMenu(let channel), .logIn(let channel), .fillInApplication(let channel):
                try container.encode(channel, forKey: .channel)
            case .goToOffice(let party): try container.encode(party, forKey: .applicant)
            case .payFee(let fee): try container.encode(fee, forKey: .fee)
            case .collect(let from, let party), .receiveByExpress(let from, let party):
                try container.encodeIfPresent(from, forKey: .from)
                try container.encode(party, forKey: .by)
            case .activateNewCard(let reason): try container.encode(reason, forKey: .reason)
            }
        }
    }
#endif
