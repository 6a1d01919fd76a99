import CardModel

extension CalendarDay {
    var isProvisional: Bool { false }
}
