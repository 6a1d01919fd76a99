import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

/// One edit of a stored ``WorkPermitIntegrationPolicy``, and the parameter it changes. Every edit leaves the
/// histories of every onboarding, work-permit and electronic-card fixture valid, so one set serves all three.
enum PolicyTamper: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case effectiveDate, onlineSystemStartDate, notificationLetterValidityMonths, residencePermitDeadlineDays
    case residencePermitDecisionDays, residencePermitMinimumValidityDays, residencePermitMaximumValidityYears
    case calendarYearAdded, calendarYearEdited

    var testDescription: String { self.rawValue }

    /// The name of the parameter the edit changes, as `policyMismatch` names it.
    var parameter: String {
        switch self {
        case .calendarYearAdded: "calendar.2027"
        case .calendarYearEdited: "calendar.2026"
        default: self.rawValue
        }
    }

    func apply(to parameters: inout [String: Any]) throws {
        switch self {
        case .effectiveDate: parameters["effectiveDate"] = "2024-12-10"
        // Left out of the policy's JSON when it is the default: the edit adds it.
        case .onlineSystemStartDate: parameters["onlineSystemStartDate"] = "2016-11-01"
        case .notificationLetterValidityMonths: parameters["notificationLetterValidityMonths"] = 7
        case .residencePermitDeadlineDays: parameters["residencePermitDeadlineDays"] = 45
        case .residencePermitDecisionDays: parameters["residencePermitDecisionDays"] = 20
        case .residencePermitMinimumValidityDays: parameters["residencePermitMinimumValidityDays"] = 120
        case .residencePermitMaximumValidityYears: parameters["residencePermitMaximumValidityYears"] = 3
        case .calendarYearAdded:
            // A schedule for 2027 added to the stored calendar, as a host adds next year's notice.
            try PolicyTampering.addOwnSchedule(
                try PolicyTampering.scheduleObject(madeUpSchedule2027()), to: &parameters)
        case .calendarYearEdited:
            try PolicyTampering.addOwnSchedule(try PolicyTampering.official2026WithoutNationalDay(), to: &parameters)
        }
    }

    /// `snapshot` with its stored policy's parameters edited (``PolicyTampering/editing(_:as:updatingDigest:_:)``).
    static func editing(
        _ snapshot: Data, updatingDigest: Bool, _ edit: (inout [String: Any]) throws -> Void
    ) throws -> Data {
        try PolicyTampering.editing(
            snapshot, as: WorkPermitIntegrationPolicy.self, updatingDigest: updatingDigest, edit)
    }
}
