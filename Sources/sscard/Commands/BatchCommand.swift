import CardModel

extension Subcommand {
    /// `sscard batch`: JSON lines in, one JSON document a request out, for every subcommand.
    static let batch = Subcommand(
        name: "batch", summary: "answer JSON-lines requests for any subcommand, one JSON line each",
        help: """
            \(OptionTable.batchUsage)

            Reads one request a line on standard input, a JSON object such as
              {"id": 7, "command": "replacement", "applied": "2026-10-03", "channel": "onsite"}
            and writes exactly one JSON line a request, in order: the document the subcommand prints with
            --json (with "id" first when the request has one), or {"id", "error": {"kind", "message", "rule"}}.
            Keys are the subcommand's option names: a string or number is the option's value, true gives a
            flag, false and null leave it out, an array of values is joined by commas; "arguments" (an array)
            holds the positional arguments ({"command": "day", "arguments": ["2026-10-01"]}); "lang" and
            "reveal" may change the shell-wide options for one request. Blank lines are skipped. A bad line never
            stops the stream. Exit 0 when every request succeeded, else 1. Documentation/JSON.md has the protocol.
            """, optionTables: [.batch],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in try BatchCommand.run(invocation) })
}

/// What `sscard batch` does: reads requests, runs each subcommand in-process with a capturing console and
/// writes its JSON answer, streamed in constant memory.
enum BatchCommand {
    /// Answers every request line of standard input, in order; exit 1 when any request did not succeed.
    static func run(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        let arguments = try Arguments(invocation.arguments, table: .batch)
        if let extra = arguments.positionals.first {
            throw UsageError(
                en: "unexpected argument '\(extra)'; batch reads its requests on standard input",
                de: "unerwartetes Argument „\(extra)“; batch liest die Anfragen von der Standardeingabe",
                zh: "多余的参数“\(extra)”；batch 从标准输入读取请求")
        }
        let capture = CapturingConsole(base: invocation.console)
        var answers = AnswerCache()
        var reader = LineReader(console: invocation.console)
        var output = OutputBuffer(console: invocation.console)
        var anyFailed = false
        while reader.next(flushing: &output) {
            let line = reader.line
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }  // a blank line: no request
            let (answer, status) = self.answer(line, invocation: invocation, capture: capture, answers: &answers)
            if status != .success { anyFailed = true }
            output.append(line: answer)
        }
        output.flush()
        return anyFailed ? .failure : .success
    }

    /// The answer to one request line, and the exit status the subcommand gave (2 for a bad request).
    static func answer(
        _ line: ArraySlice<UInt8>, invocation: Invocation, capture: CapturingConsole, answers: inout AnswerCache
    ) -> (String, ExitStatus) {
        let language = invocation.language
        let request: BatchRequest
        do throws(UsageError) {
            request = try BatchRequest(RequestParser.parse(line))
        } catch {
            return (self.error(.usage, error.message(in: language), id: nil), .usage)
        }
        var invocation = invocation
        if let lang = request.language { invocation.language = lang }
        if let reveal = request.reveal { invocation.reveal = reveal }
        if let problem = request.problem {
            return (self.error(.usage, problem.message(in: invocation.language), id: request.id), .usage)
        }
        guard let subcommand = Shell.subcommands.first(where: { $0.name == request.command }),
            subcommand.name != "batch"
        else {
            let message = UsageError(
                en: "unknown command '\(request.command)'; run 'sscard --help' for the list",
                de: "unbekannter Befehl „\(request.command)“; 'sscard --help' zeigt die Liste",
                zh: "未知命令“\(request.command)”；运行 'sscard --help' 查看列表")
            return (self.error(.usage, message.message(in: invocation.language), id: request.id), .usage)
        }
        let key = AnswerCache.Key(
            command: subcommand.name, arguments: request.arguments, language: invocation.language,
            reveal: invocation.reveal)
        if let (document, status) = answers[key] { return (self.document(document, id: request.id), status) }
        capture.reset()
        invocation.arguments = request.arguments
        invocation.json = true
        invocation.console = capture.console
        let status = Shell.run(subcommand, invocation)
        let document = self.document(capture: capture, status: status)
        answers[key] = (document, status)
        return (self.document(document, id: request.id), status)
    }

    /// The one line for a request: the subcommand's only JSON object with `"id"` put first, or
    /// `{"id", "result"}` for a single document that is not an object, `{"id", "results"}` for several, and an
    /// error document built from standard error when the subcommand printed nothing.
    static func document(capture: CapturingConsole, status: ExitStatus) -> String {
        let lines = capture.standardOutput
        guard let first = lines.first else {
            let message = capture.standardError.map(Self.withoutPrefix).joined(separator: "; ")
            return self.error(status == .usage ? .usage : .data, message.isEmpty ? "no answer" : message, id: nil)
        }
        if lines.count == 1, first.hasPrefix("{") { return first }
        let key = lines.count == 1 ? "result" : "results"
        let value = lines.count == 1 ? first : "[" + lines.joined(separator: ",") + "]"
        return "{\"\(key)\":" + value + "}"
    }

    /// A JSON object with `"id"` put first, when there is one.
    static func document(_ document: String, id: String?) -> String {
        guard let id else { return document }
        return document == "{}" ? "{\"id\":\(id)}" : "{\"id\":\(id)," + document.dropFirst()
    }

    /// `{"id", "error": {"kind", "message", "rule"}}`.
    static func error(_ kind: ErrorKind, _ message: String, id: String?) -> String {
        self.document(Invocation.errorDocument(kind, message, rule: nil).serialized, id: id)
    }

    /// A line of standard error without its `sscard COMMAND: ` prefix.
    private static func withoutPrefix(_ line: String) -> String {
        guard line.hasPrefix("sscard"), let colon = line.firstIndex(of: ":") else { return line }
        return String(line[line.index(after: colon)...].drop { $0 == " " })
    }
}
