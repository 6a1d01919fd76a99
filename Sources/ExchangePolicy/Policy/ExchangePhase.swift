public import CardModel

/// A phase of the third-generation card exchange (EX-PHASE).
///
/// The centralized phase ran from 2024-10-30, online only, in batches by district and group (BJ-2024-133);
/// the regular phase starts on 2026-01-04 and opens the offline channels too (EXCHANGE-2026). Before the
/// centralized phase there is no phase: the exchange had not opened to the general public
/// (``ExchangePolicy/phase(on:)`` answers `nil`).
public enum ExchangePhase: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The centralized phase: online channels only (EX-PHASE, EX-CHANNELS).
    case centralized
    /// The regular phase: online and offline channels (EX-PHASE, EX-CHANNELS).
    case regular

    /// The phase's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .centralized:
            LocalizedText(english: "centralized phase", german: "zentralisierte Phase", chinese: "集中换卡阶段")
        case .regular: LocalizedText(english: "regular phase", german: "reguläre Phase", chinese: "常态化换卡阶段")
        }
    }

    /// `centralized` or `regular`.
    public var description: String { self.rawValue }
}
