/// A date as a notice writes it: `2022年12月31日`, `12月31日` or `31日`, with the weekday it gives, if any (CM-NOTICE).
struct NoticeDateReference: Sendable, Hashable {
    let year: Int?
    let month: Int?
    let day: Int
    /// The weekday in the parentheses after the date (（星期六）, （周六）, （农历除夕、周二）).
    let weekday: Weekday?
    /// The characters as written, for error messages.
    let written: String
}

/// One date or one range of dates in a clause, at its position in the clause's text.
struct NoticeSpan: Sendable, Hashable {
    let start: NoticeDateReference
    let end: NoticeDateReference?
    /// The offset of the span in ``NoticeClause/text``.
    let offset: Int
}

/// One clause of a notice paragraph: the text between commas, semicolons and full stops outside parentheses, with
/// the dates it names (CM-NOTICE).
///
/// The text keeps no parenthesised content (a weekday, 农历除夕, a date like （2月9日） given as an aside): what the
/// clause says is read from the words outside parentheses.
struct NoticeClause: Sendable {
    let text: String
    let spans: [NoticeSpan]
    let line: Int

    /// The length of a break the clause states, "共N天" (N in digits or, as in 2007, in Chinese numerals up to 十九).
    var statedLength: Int? {
        let characters = Array(self.text)
        guard let start = characters.firstIndex(of: "共"), let end = characters[start...].firstIndex(of: "天") else {
            return nil
        }
        let number = characters[(start + 1)..<end]
        if !number.isEmpty, number.allSatisfy({ $0.isASCII }), let value = Int(String(number)) { return value }
        let numerals: [Character: Int] = [
            "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        ]
        switch (number.count, number.first, number.last) {
        case (1, let digit?, _): return digit == "十" ? 10 : numerals[digit]
        case (2, "十", let digit?): return numerals[digit].map { 10 + $0 }
        default: return nil
        }
    }

    /// Splits a paragraph into clauses.
    static func clauses(of characters: ArraySlice<Character>, line: Int) throws(HolidayNoticeError) -> [NoticeClause] {
        var clauses: [NoticeClause] = []
        var current: [Character] = []
        var depth = 0
        for character in characters {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            default: break
            }
            if depth == 0, [",", ";", ".", ":"].contains(character) {
                if !current.isEmpty { clauses.append(try NoticeClause(current, line: line)) }
                current = []
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { clauses.append(try NoticeClause(current, line: line)) }
        return clauses
    }

    /// Reads the dates of one clause.
    init(_ characters: [Character], line: Int) throws(HolidayNoticeError) {
        var scanner = Scanner(characters: characters, line: line)
        try scanner.scan()
        self.text = String(scanner.text)
        self.spans = scanner.spans
        self.line = line
    }

    /// Whether the clause's own words contain `word`.
    func says(_ word: String) -> Bool { self.text.includes(word) }

    /// The offset of `word` in the clause's text, if it occurs.
    func offset(of word: String) -> Int? {
        let characters = Array(self.text)
        let target = Array(word)
        guard !target.isEmpty, characters.count >= target.count else { return nil }
        for start in 0...(characters.count - target.count)
        where characters[start..<(start + target.count)].elementsEqual(target) {
            return start
        }
        return nil
    }

    private struct Scanner {
        let characters: [Character]
        let line: Int
        var index = 0
        var text: [Character] = []
        var spans: [NoticeSpan] = []

        init(characters: [Character], line: Int) {
            self.characters = characters
            self.line = line
        }

        mutating func scan() throws(HolidayNoticeError) {
            while self.index < self.characters.count {
                let offset = self.text.count
                let before = self.index
                if let start = self.date() {
                    if self.peek() == "~" || self.peek() == "至" {
                        let marker = self.characters[self.index]
                        self.index += 1
                        self.text.append(marker)
                        guard let end = self.date() else {
                            throw HolidayNoticeError(.expectedDate, line: self.line, found: self.rest)
                        }
                        self.spans.append(NoticeSpan(start: start, end: end, offset: offset))
                    } else {
                        self.spans.append(NoticeSpan(start: start, end: nil, offset: offset))
                    }
                } else if self.index != before {
                    continue  // a number that is not a date, already kept as text
                } else if self.characters[self.index] == "(" {
                    _ = self.parenthesis()
                } else {
                    self.text.append(self.characters[self.index])
                    self.index += 1
                }
            }
        }

        private var rest: String { String(self.characters[min(self.index, self.characters.count)...]) }

        private func peek() -> Character? {
            self.index < self.characters.count ? self.characters[self.index] : nil
        }

        /// Reads a number of up to four digits at the current index; `nil` (index unchanged) when there is none.
        private mutating func number() -> Int? {
            var value = 0
            var count = 0
            var position = self.index
            while position < self.characters.count, let digit = self.characters[position].asciiDigit {
                guard count < 4 else { return nil }
                value = value * 10 + digit
                count += 1
                position += 1
            }
            guard count > 0 else { return nil }
            self.index = position
            return value
        }

        /// Reads `YYYY年M月D日`, `M月D日` or `D日` with an optional parenthesis; leaves a lone number as text.
        private mutating func date() -> NoticeDateReference? {
            let begin = self.index
            guard let first = self.number() else { return nil }
            var year: Int?
            var month: Int?
            var day: Int?
            switch self.peek() {
            case "年":
                self.index += 1
                if let second = self.number(), self.peek() == "月" {
                    self.index += 1
                    if let third = self.number(), self.peek() == "日" {
                        self.index += 1
                        (year, month, day) = (first, second, third)
                    }
                }
            case "月":
                self.index += 1
                if let second = self.number(), self.peek() == "日" {
                    self.index += 1
                    (month, day) = (first, second)
                }
            case "日":
                self.index += 1
                day = first
            default:
                break
            }
            guard let day else {
                // Not a date (共3天, 2015年是, 11月修订): keep the characters as text.
                self.text.append(contentsOf: self.characters[begin..<self.index])
                return nil
            }
            let written = String(self.characters[begin..<self.index])
            self.text.append(contentsOf: written)
            var weekday: Weekday?
            if self.peek() == "(" { weekday = self.parenthesis() }
            return NoticeDateReference(year: year, month: month, day: day, weekday: weekday, written: written)
        }

        /// Skips a parenthesis (nested ones too) and returns the weekday it names, if any.
        private mutating func parenthesis() -> Weekday? {
            var depth = 0
            var content: [Character] = []
            while self.index < self.characters.count {
                let character = self.characters[self.index]
                self.index += 1
                if character == "(" {
                    depth += 1
                } else if character == ")" {
                    depth -= 1
                    if depth == 0 { break }
                } else {
                    content.append(character)
                }
            }
            return Self.weekday(in: content)
        }

        /// The weekday named by 星期X, 礼拜X or 周X in `content`.
        static func weekday(in content: [Character]) -> Weekday? {
            for (position, character) in content.enumerated() {
                let isPrefix: Bool
                let next: Int
                if character == "周" {
                    (isPrefix, next) = (true, position + 1)
                } else if (character == "期" && position > 0 && content[position - 1] == "星")
                    || (character == "拜" && position > 0 && content[position - 1] == "礼")
                {
                    (isPrefix, next) = (true, position + 1)
                } else {
                    (isPrefix, next) = (false, 0)
                }
                guard isPrefix, next < content.count else { continue }
                switch content[next] {
                case "一": return .monday
                case "二": return .tuesday
                case "三": return .wednesday
                case "四": return .thursday
                case "五": return .friday
                case "六": return .saturday
                case "日", "天": return .sunday
                default: continue
                }
            }
            return nil
        }
    }
}
