extension String {
    /// The string with control characters (line breaks, escape codes, ...) written as `\u{1B}`, so a message
    /// that repeats what the user typed stays one line and cannot drive the terminal.
    var escapingControlCharacters: String {
        var result = ""
        result.reserveCapacity(self.utf8.count)
        for scalar in self.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
