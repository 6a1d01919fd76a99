extension StringProtocol {
    /// Whether `word` occurs in the text, character by character; an empty `word` occurs in every text.
    ///
    /// The same answer as `contains(_:)` with a string argument, which comes from `_StringProcessing`, a module
    /// Embedded Swift does not have; this one builds on both.
    func includes(_ word: some StringProtocol) -> Bool {
        guard let first = word.first else { return true }
        var start = self.startIndex
        while let found = self[start...].firstIndex(of: first) {
            if self[found...].starts(with: word) { return true }
            start = self.index(after: found)
        }
        return false
    }
}
