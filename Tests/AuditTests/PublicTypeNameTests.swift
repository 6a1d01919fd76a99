import CardModel
import ExchangePolicy
import ReplacementWorkflow
import Testing
import WorkPermitIntegration

/// Every public type of the four modules, named bare in a file that imports them all: if two modules ever
/// declare the same public name, this file stops compiling (a host importing both could not use it either).
///
/// When a module adds a public type, add it here (the list was generated from the symbol graphs of
/// `swift package dump-symbol-graph --minimum-access-level public`).
enum PublicTypeNames {
    /// CardModel: 46 public types.
    static let cardModel: [Any.Type] = [
        CalendarDay.self, CalendarError.self, CardForm.self, CardFunction.self, CardGeneration.self, CardHolder.self,
        CardStatus.self, CivilDate.self, CivilDateError.self, Fact.self, ForeignPermanentResidentIDNumber.self,
        HolidayLaw.self, HolidayName.self, HolidayNotice.self, HolidayNoticeError.self, HolidayPeriod.self,
        HolidaySchedule.self, HolidayScheduleError.self, ScheduleDifference.self, StatutoryHoliday.self,
        StatutoryHolidays.self,
        IdentifierValidationError.self, IdentityDocument.self, InsuredCategory.self, Interpretation.self,
        Language.self, LocalizedText.self, Money.self, NoticeCitation.self, PartnerBank.self, PassportNumber.self,
        PeriodEnd.self, PersonName.self, (any PersonalIdentifier).self, PresentedDocument.self,
        ResidentIdentityNumber.self, Rule.self, RuleID.self, Sex.self, SocialSecurityNumber.self, SourceKey.self,
        UnifiedSocialCreditCode.self, Violation.self, Weekday.self, WorkPermitNumber.self, WorkingDayCalendar.self,
    ]
    /// ExchangePolicy: 24 public types.
    static let exchangePolicy: [Any.Type] = [
        ActivationChannel.self, BankChoice.self, ExchangeApproval.self, CardIssuance.self, EmployerArrangement.self,
        EmployerArrangementError.self, ExchangeApplication.self, ExchangeCase.self, ExchangeCaseError.self,
        ExchangeChannel.self, ExchangeDecision.self, ExchangeEffect.self, ExchangeErrorCode.self, ExchangeEvent.self,
        ExchangeNotice.self,
        ExchangeParties.self, ExchangePhase.self, ExchangePolicy.self, ExchangePolicyError.self,
        ExchangeReceiptMethod.self, ExchangeReceiptOption.self, ExchangeRecipient.self, OldCardValidity.self,
        RecipientRole.self,
    ]
    /// ReplacementWorkflow: 21 public types (ReplacementCaseError a typealias of CardModel's CaseError).
    static let replacementWorkflow: [Any.Type] = [
        ActingParty.self, DocumentRequirement.self, ReplacementApproval.self, PresentedDocuments.self,
        ReceiptDocuments.self,
        ReplacementApplication.self, ReplacementCase.self, ReplacementCaseError.self, ReplacementCertificate.self,
        ReplacementChannel.self, ReplacementDecision.self, ReplacementEffect.self, ReplacementErrorCode.self,
        ReplacementEvent.self, ReplacementPolicy.self, ReplacementPolicyError.self, ReplacementReason.self,
        ReplacementReceiptMethod.self, ReplacementStep.self, ReplacementWarning.self, WebsiteLogin.self,
    ]
    /// WorkPermitIntegration: 35 public types.
    static let workPermitIntegration: [Any.Type] = [
        CompletedStep.self, ElectronicCard.self, ElectronicCardServices.self, ElectronicCardEffect.self,
        ElectronicCardError.self, ElectronicCardErrorCode.self,
        ElectronicCardEvent.self, ElectronicCardRegistration.self, Enroller.self, EnrolmentChannel.self,
        ForeignerOnboarding.self, NextStep.self, OnboardingDeadline.self, OnboardingDeadlineStatus.self,
        OnboardingEffect.self, OnboardingError.self, OnboardingEvent.self, OnboardingStatus.self, OnboardingStep.self,
        OnboardingTimeline.self, PermitDocument.self, ServiceDecision.self, WorkPermit.self, WorkPermitCategory.self,
        WorkPermitChange.self, WorkPermitEffect.self, WorkPermitError.self, WorkPermitErrorCode.self,
        WorkPermitEvent.self, WorkPermitForm.self,
        WorkPermitInformation.self, WorkPermitIntegrationPolicy.self, WorkPermitProcedure.self,
        WorkPermitProcedureDecision.self, WorkPermitVerification.self,
        OnboardingErrorCode.self,
    ]
}

@Suite struct PublicTypeNameTests {
    @Test("the public type names of the four modules are unambiguous together")
    func namesAreUnambiguous() {
        let all =
            PublicTypeNames.cardModel + PublicTypeNames.exchangePolicy + PublicTypeNames.replacementWorkflow
            + PublicTypeNames.workPermitIntegration
        #expect(Set(all.map { ObjectIdentifier($0) }).count == all.count)
    }
}
