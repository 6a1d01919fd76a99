import CardModel

/// Whether the grid is drawn with terminal colours (a terminal without `NO_COLOR`) or with plain marks only.
struct CalendarStyle {
    var colour: Bool
}

/// A year drawn as twelve month grids, three a row, each day with a mark saying what it is.
///
/// Every cell is three columns: the day of the month and a mark (`*` statutory holiday, `+` another rest day of
/// a holiday break, `!` adjusted working day). Colours repeat the marks on a terminal; they never replace them.
struct CalendarGrid {
    let year: Int
    let days: [CalendarDay]
    let language: Language
    let style: CalendarStyle

    /// The grid with its title, citation and legend.
    func lines(source: NoticeCitation?) -> [String] {
        var lines = [self.title(source: source), ""]
        for row in stride(from: 1, through: 12, by: 3) {
            let blocks = (row..<row + 3).map { self.block(month: $0) }
            let height = blocks.map(\.count).max() ?? 0
            for index in 0..<height {
                let parts = blocks.map { index < $0.count ? $0[index] : Cell.blank(width: Self.blockWidth) }
                lines.append(parts.joined(separator: "  ").trailingSpacesRemoved)
            }
            lines.append("")
        }
        lines.append(contentsOf: self.legend)
        return lines
    }

    static let blockWidth = 21

    private func title(source: NoticeCitation?) -> String {
        let provisional = self.days.contains { $0.isProvisional }
        if provisional {
            return GridText.provisionalTitle(self.year)[self.language]
        }
        guard let source else { return "\(self.year)" }
        return GridText.cited(self.year, source, self.language)
    }

    /// One month: its name centred, the weekday header and up to six weeks.
    private func block(month: Int) -> [String] {
        let name = GridText.month(month, year: self.year)[self.language]
        let padding = max(0, Self.blockWidth - name.displayWidth)
        var lines = [Cell.blank(width: padding / 2) + name + Cell.blank(width: padding - padding / 2)]
        lines.append(GridText.weekdayHeader[self.language])
        let monthDays = self.days.filter { $0.date.month == month }
        guard let first = monthDays.first else { return lines }
        var week = Array(repeating: Cell.blank(width: 3), count: first.date.weekday.rawValue - 1)
        for day in monthDays {
            week.append(self.cell(day))
            if week.count == 7 {
                lines.append(week.joined())
                week = []
            }
        }
        if !week.isEmpty {
            lines.append(week.joined() + Cell.blank(width: 3 * (7 - week.count)))
        }
        return lines
    }

    private func cell(_ day: CalendarDay) -> String {
        let number = day.date.day < 10 ? " \(day.date.day)" : "\(day.date.day)"
        let mark = Cell.mark(for: day)
        guard self.style.colour, let colour = Cell.colour(for: day) else { return number + mark }
        return "\u{1B}[\(colour)m" + number + mark + "\u{1B}[0m"
    }

    private var legend: [String] {
        GridText.legend.map { $0[self.language] }
    }
}

/// The marks and colours of a day's cell.
enum Cell {
    static func mark(for day: CalendarDay) -> String {
        switch day.kind {
        case .statutoryHoliday: "*"
        case .inLieuRestDay: "+"
        case .weekend: day.holiday == nil ? " " : "+"
        case .adjustedWorkingDay: "!"
        case .ordinaryWorkingDay: " "
        }
    }

    /// The SGR parameters: red for the days of a holiday break (bold for statutory days), bold yellow for an
    /// adjusted working day, dim for an ordinary weekend.
    static func colour(for day: CalendarDay) -> String? {
        switch day.kind {
        case .statutoryHoliday: "1;31"
        case .inLieuRestDay: "31"
        case .weekend: day.holiday == nil ? "2" : "31"
        case .adjustedWorkingDay: "1;33"
        case .ordinaryWorkingDay: nil
        }
    }

    static func blank(width: Int) -> String { String(repeating: " ", count: max(0, width)) }
}

extension String {
    /// The string without spaces at its end.
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
