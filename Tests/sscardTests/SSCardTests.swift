import Testing

@Suite struct ShellTests {
    @Test func unknownSubcommandIsAUsageError() {
        let result = sscard("bogus")
        #expect(result.status == 2)
        #expect(result.stderr.count == 1)
    }
}
