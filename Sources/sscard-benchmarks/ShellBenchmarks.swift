import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-process figures for the shell's streams (issue 10): the release `sscard` next to this executable is
/// started on generated input files, standard output to /dev/null, best of three runs. Wall time includes
/// the process start and the calendar's construction; CPU time (user + system, from `getrusage`) is what the
/// process used, which is the steadier figure on a shared machine.
enum ShellBenchmarks {
    /// One stream to time: a name, the arguments, and the input's lines.
    struct Stream: Sendable {
        let name: String
        let arguments: [String]
        let lines: Int
        let line: @Sendable (Int) -> String
    }

    static let streams: [Stream] = [
        Stream(name: "sscard workdays add 4, 1,000,000 dates", arguments: ["workdays", "add", "4"], lines: 1_000_000) {
            date($0 % 8_000)
        },
        Stream(
            name: "sscard validate resident-id, 1,000,000 lines", arguments: ["validate", "resident-id"],
            lines: 1_000_000
        ) { $0 % 4 == 3 ? "110105194912310021" : "11010519491231002X" },
        Stream(
            name: "sscard batch, 1,000,000 replacement requests", arguments: ["batch"], lines: 1_000_000
        ) { replacement(id: $0, day: $0 % 300, channel: $0 % 4, distinct: false) },
        Stream(
            name: "sscard batch, 100,000 distinct replacement requests", arguments: ["batch"], lines: 100_000
        ) { replacement(id: $0, day: $0, channel: $0 % 4, distinct: true) },
    ]

    static func run() {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = directory.appendingPathComponent("sscard").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("(whole-process figures skipped: build sscard first with 'swift build -c release')")
            return
        }
        print("whole process (\(binary); best of 3 runs)")
        for stream in streams {
            let input = FileManager.default.temporaryDirectory.appendingPathComponent("sscard-bench-\(getpid()).txt")
            var text = ""
            text.reserveCapacity(stream.lines * 24)
            for index in 0..<stream.lines {
                text += stream.line(index)
                text += "\n"
            }
            guard (try? text.write(to: input, atomically: false, encoding: .utf8)) != nil else { continue }
            var bestWall = Double.infinity
            var bestCPU = Double.infinity
            for _ in 0..<3 {
                guard let (wall, cpu) = time(binary, stream.arguments, input: input) else { break }
                bestWall = min(bestWall, wall)
                bestCPU = min(bestCPU, cpu)
            }
            try? FileManager.default.removeItem(at: input)
            let perLine = bestCPU * 1e9 / Double(stream.lines)
            print(
                "\(stream.name.padded(to: 52)) \(seconds(bestWall)) s wall \(seconds(bestCPU)) s CPU"
                    + " \(seconds(perLine / 1000)) µs/line")
        }
    }

    /// Runs `binary` once; the wall time and the CPU time its process used, in seconds.
    static func time(_ binary: String, _ arguments: [String], input: URL) -> (Double, Double)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        guard let standardInput = try? FileHandle(forReadingFrom: input),
            let standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        else { return nil }
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardOutput
        let before = childrenCPU()
        let clock = ContinuousClock()
        let start = clock.now
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        let elapsed = start.duration(to: clock.now)
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (wall, childrenCPU() - before)
    }

    /// User and system time of the finished child processes, in seconds.
    static func childrenCPU() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The date `offset` days after 2004-01-01, in ISO form.
    static func date(_ offset: Int) -> String {
        let days = 12_418 + offset  // 2004-01-01 is day 12,418 after 1970-01-01
        // Civil date from a day number (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// A replacement request line; `distinct` varies reason, category and agent too, so few repeat.
    static func replacement(id: Int, day: Int, channel: Int, distinct: Bool) -> String {
        let channels = ["onsite", "website", "app", "wechat"]
        var line = "{\"id\":\(id),\"command\":\"replacement\",\"applied\":\"\(date(7_900 + day % 400))\""
        line += ",\"channel\":\"\(channels[channel])\""
        if distinct {
            line += ",\"reason\":\"\(id % 2 == 0 ? "lost" : "damaged")\",\"agent\":\(id % 3 == 0)"
            line +=
                ",\"category\":\"\(id % 5 < 2 ? "resident" : "employee")\",\"receipt\":\"\(id % 7 < 3 ? "express" : "collect")\""
        }
        return line + "}"
    }

    private static func seconds(_ value: Double) -> String {
        let hundredths = Int(value * 100 + 0.5)
        let text = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        return String(repeating: " ", count: max(0, 7 - text.count)) + text
    }
}
