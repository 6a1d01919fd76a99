// Documentation coverage of the library modules' public API, from their symbol graphs.
//
// Usage: swift .ci/doc-coverage.swift SYMBOL-GRAPH-DIR [MODULE ...]
//   SYMBOL-GRAPH-DIR  a folder (searched recursively) holding <Module>.symbols.json and <Module>@<Other>.symbols.json
//                     files, from `swift package dump-symbol-graph` or `swift build -Xswiftc -emit-symbol-graph
//                     -Xswiftc -emit-symbol-graph-dir -Xswiftc DIR` (see Documentation/Hardening.md)
//   MODULE            the modules to check (default: CardModel ExchangePolicy ReplacementWorkflow
//                     WorkPermitIntegration)
//
// Counts the public and open symbols without a doc comment, lists each with its source location and exits 1 if
// there is any (2 for a usage error or a missing graph). Not counted, because there is nothing to write or DocC
// shows the protocol's documentation instead:
//   - synthesized symbols: members a type inherits from a protocol extension (`!=`, `hashValue`, ...), whose
//     identifier contains `::SYNTHESIZED::`;
//   - implicit, compiler-generated members, which have no source location (`==`, `hash(into:)`,
//     `init(from:)`, `encode(to:)`, `rawValue`, `init(rawValue:)`, `allCases` when the compiler derives them);
//   - an explicit member that implements a requirement of a protocol declared outside the checked modules,
//     such as the standard library's `description` or `==` (the relationship's `sourceOrigin` names the
//     requirement, and DocC inherits its documentation);
//   - extension blocks (`swift.extension`), which carry no documentation of their own.
// A member implementing a requirement of one of the checked modules' own protocols is counted: our protocols are
// ours to document at every conformance (swift-format's AllPublicDeclarationsHaveDocumentation asks the same).

import Foundation

let defaultModules = ["CardModel", "ExchangePolicy", "ReplacementWorkflow", "WorkPermitIntegration"]

struct Finding {
    var module: String
    var path: String
    var kind: String
    var location: String
}

func fail(_ message: String, status: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data("doc-coverage: \(message)\n".utf8))
    exit(status)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let directory = arguments.first, !directory.hasPrefix("-") else {
    fail("usage: swift .ci/doc-coverage.swift SYMBOL-GRAPH-DIR [MODULE ...]")
}
let modules = arguments.count > 1 ? Array(arguments.dropFirst()) : defaultModules

// Every *.symbols.json under the directory, by module: `M.symbols.json` and `M@Other.symbols.json` both belong
// to M (the second holds M's extensions of another module's types).
var graphFiles: [String: [URL]] = [:]
let root = URL(fileURLWithPath: directory)
guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
    fail("cannot read \(directory)")
}
for case let url as URL in enumerator where url.lastPathComponent.hasSuffix(".symbols.json") {
    let name = String(url.lastPathComponent.dropLast(".symbols.json".count))
    let module = String(name.split(separator: "@", maxSplits: 1).first ?? Substring(name))
    graphFiles[module, default: []].append(url)
}

typealias JSONObject = [String: Any]

func load(_ url: URL) -> JSONObject {
    guard let data = try? Data(contentsOf: url),
        let object = try? JSONSerialization.jsonObject(with: data) as? JSONObject
    else { fail("\(url.path) is not a symbol graph") }
    return object
}

// Load every graph first, so that a requirement of any checked module's protocol is known as ours.
var graphs: [(module: String, graph: JSONObject)] = []
for module in modules {
    guard let files = graphFiles[module], !files.isEmpty else {
        fail("no symbol graph for \(module) in \(directory); was it built with -emit-symbol-graph?")
    }
    for file in files.sorted(by: { $0.path < $1.path }) { graphs.append((module, load(file))) }
}
var ourIdentifiers: Set<String> = []
for (_, graph) in graphs {
    for symbol in graph["symbols"] as? [JSONObject] ?? [] {
        if let precise = (symbol["identifier"] as? JSONObject)?["precise"] as? String { ourIdentifiers.insert(precise) }
    }
}

var findings: [Finding] = []
var seen: Set<String> = []  // a symbol found in two graphs of the same module (two build folders) counts once
var counted: [String: Int] = [:]
/// Symbols not counted, by module and reason.
var skipped: [String: [String: Int]] = [:]
for (module, graph) in graphs {
    // Members that implement a requirement of a protocol from elsewhere (the standard library, Foundation).
    var inheritsDocumentation: Set<String> = []
    for relationship in graph["relationships"] as? [JSONObject] ?? [] {
        guard let source = relationship["source"] as? String,
            let origin = (relationship["sourceOrigin"] as? JSONObject)?["identifier"] as? String
        else { continue }
        if !ourIdentifiers.contains(origin) { inheritsDocumentation.insert(source) }
    }
    for symbol in graph["symbols"] as? [JSONObject] ?? [] {
        let access = symbol["accessLevel"] as? String ?? ""
        guard access == "public" || access == "open" else { continue }
        let precise = (symbol["identifier"] as? JSONObject)?["precise"] as? String ?? ""
        guard seen.insert(module + " " + precise).inserted else { continue }
        let kind = (symbol["kind"] as? JSONObject)?["identifier"] as? String ?? "?"
        let location = symbol["location"] as? JSONObject
        let reason: String? =
            if precise.contains("::SYNTHESIZED::") {
                "synthesized"
            } else if location == nil {
                "implicit"
            } else if kind == "swift.extension" {
                "extension blocks"
            } else if inheritsDocumentation.contains(precise) {
                "implementing another module's requirement"
            } else {
                nil
            }
        if let reason {
            skipped[module, default: [:]][reason, default: 0] += 1
            continue
        }
        counted[module, default: 0] += 1
        let lines = (symbol["docComment"] as? JSONObject)?["lines"] as? [JSONObject] ?? []
        let text = lines.compactMap { $0["text"] as? String }.joined().trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.isEmpty else { continue }
        let path = (symbol["pathComponents"] as? [String] ?? []).joined(separator: ".")
        var place = "?"
        if let uri = location?["uri"] as? String, let position = location?["position"] as? JSONObject {
            let file = URL(string: uri)?.path ?? uri
            let cwd = FileManager.default.currentDirectoryPath + "/"
            let line = (position["line"] as? Int ?? -1) + 1  // 0-based in the graph
            place = "\(file.hasPrefix(cwd) ? String(file.dropFirst(cwd.count)) : file):\(line)"
        }
        findings.append(Finding(module: module, path: path, kind: kind, location: place))
    }
}

// Results: one line per undocumented symbol, then a summary per module.
for finding in findings.sorted(by: { ($0.module, $0.location, $0.path) < ($1.module, $1.location, $1.path) }) {
    print("\(finding.location): undocumented public \(finding.kind): \(finding.module).\(finding.path)")
}
for module in modules {
    let missing = findings.filter { $0.module == module }.count
    let total = counted[module, default: 0]
    let notCounted = skipped[module, default: [:]].sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
    print(
        "\(module): \(total - missing) of \(total) public symbols documented, \(missing) undocumented"
            + (notCounted.isEmpty ? "" : " (not counted: \(notCounted.joined(separator: ", ")))"))
}
if !findings.isEmpty {
    fail("\(findings.count) undocumented public symbol(s)", status: 1)
}
