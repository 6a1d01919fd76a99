extension CaseMachine {
    /// The case `history` records, for the machines opened by an event (`init(replaying:)`): `open` makes the case
    /// from the first event, or returns `nil` when that is not the opening event named `opening`; every later event
    /// is then applied in order, each checked again.
    ///
    /// - Throws: `emptyHistory`; `historyMustStartWithOpening` when the first event is not the opening one, or a
    ///   later one is; or the error the opening or the first refused event gives.
    package static func replaying(
        _ history: [Event], opening: String, open: (Event) throws(Failure) -> Self?
    ) throws(Failure) -> Self {
        guard let first = history.first else {
            throw Failure(.emptyHistory, event: "replay", phase: nil, message: CaseMachineMessages.emptyHistory)
        }
        guard var machine = try open(first) else {
            throw Failure(
                .historyMustStartWithOpening, event: first.name, phase: nil,
                message: CaseMachineMessages.historyMustStartWith(opening))
        }
        for event in history.dropFirst() {
            guard event.name != opening else {
                throw Failure(
                    .historyMustStartWithOpening, event: event.name, phase: machine.phase,
                    message: CaseMachineMessages.historyMustStartWith(opening))
            }
            _ = try machine.apply(event)
        }
        return machine
    }
}
