import ArgumentParser
import DecoupleRender
import Foundation
import Testing

@testable import DecoupleCLI

/// Every command's output is clean (CONVENTIONS.md, "Output: one way out"): CSV is rectangular,
/// help wraps at 80 columns without cutting sentences, and one option idea has one wording.
@Suite struct OutputShapeTests {
  /// A store path that does not exist: reading never creates a store, so the commands see the
  /// embedded dataset only, whatever the developer fetched.
  static let noStore = FileManager.default.temporaryDirectory
    .appendingPathComponent("decouple-output-shape-\(UUID().uuidString)/store.sqlite").path

  /// One invocation of every command that prints a result (fetch and update need a live
  /// source and are left out).
  static let invocations: [[String]] = [
    ["analyze", "ETH", "RUT"],
    ["check", "ETH", "RUT", "--claim", "record-low-correlation"],
    ["episodes", "ETH", "RUT"],
    ["corr", "ETH", "RUT"],
    ["beta", "ETH", "RUT"],
    ["leadlag", "ETH", "RUT"],
    [
      "compare", "ETH", "RUT", "--period1", "2021-01-01:2021-12-31", "--period2",
      "2024-01-01:2024-12-31", "--replicates", "50",
    ],
    ["scan", "ETH", "--universe", "crypto"],
    ["matrix", "ETH", "BTC", "RUT", "SPY"],
    ["stationarity", "ETH"],
    ["coint", "ETH", "BTC"],
    ["garch", "ETH"],
    ["dcc", "ETH", "BTC"],
    ["breaks", "ETH", "RUT"],
    ["supply"],
    ["flows", "ETH"],
    ["drivers", "ETH"],
    ["scenario", "--rates", "+50bp"],
    ["rates"],
    ["list"],
    ["sources"],
  ]

  /// The command `arguments` parse to, with the test's empty store where it takes one.
  static func command(_ arguments: [String]) throws -> any ResultCommand {
    let withStore = arguments.first == "sources" ? arguments : arguments + ["--store", noStore]
    let parsed = try DecoupleCommand.parseAsRoot(withStore)
    return try #require(parsed as? any ResultCommand, "\(arguments) is not a ResultCommand")
  }

  /// The result of `command`, in process.
  static func result(_ command: some ResultCommand) throws -> any Presentable {
    try command.result()
  }

  /// Splits CSV text into records of fields (RFC 4180: quoted fields may hold commas, doubled
  /// quotes and line breaks).
  static func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.append("\"")
            chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        record.append(field)
        field = ""
      } else if c == "\n" || c == "\r\n" {
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else {
        field.append(c)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records
  }

  @Test func theCSVParserHonoursQuotes() {
    let rows = Self.parseCSV("a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\n,\n")
    #expect(rows == [["a", "b"], ["x, \"y\"", "two\nlines"], ["", ""]])
  }

  @Test(arguments: invocations)
  func csvIsRectangular(_ arguments: [String]) throws {
    let csv = try Self.result(try Self.command(arguments)).csv
    #expect(csv.hasSuffix("\n"), "\(arguments[0]): no final newline")
    let records = Self.parseCSV(csv)
    let header = try #require(records.first, "\(arguments[0]): empty CSV")
    #expect(records.count > 1, "\(arguments[0]): a header and no rows")
    for (i, r) in records.enumerated() where r.count != header.count {
      Issue.record(
        "\(arguments[0]): row \(i) has \(r.count) fields, the header \(header.count): \(r)")
      break
    }
  }

  @Test func analyzeCSVWritesEachMeasuresPercentile() throws {
    let csv = try Self.result(try Self.command(["analyze", "ETH", "RUT"])).csv
    let records = Self.parseCSV(csv)
    let header = records[0]
    let last = try #require(records.last)
    for name in ["correlation", "gap", "residualDrift", "beta"] {
      let column = try #require(header.firstIndex(of: name + "Percentile"))
      let p = try #require(Double(last[column]), "\(name)Percentile is empty on the last day")
      #expect(p >= 0 && p <= 1)
    }
  }
}

/// Help at 80 columns: no line wider than the terminal, no sentence cut by a hard line break,
/// one wording per option idea, and no option a command cannot honour.
@Suite struct HelpTextTests {
  /// Every subcommand of `decouple`, and `decouple` itself.
  static let commands: [any ParsableCommand.Type] =
    [DecoupleCommand.self] + DecoupleCommand.configuration.subcommands

  static func help(_ command: any ParsableCommand.Type) -> String {
    DecoupleCommand.helpMessage(for: command, columns: 80)
  }

  static func name(_ command: any ParsableCommand.Type) -> String {
    command.configuration.commandName ?? "\(command)"
  }

  @Test func everyCommandIsListed() {
    #expect(Self.commands.count >= 25)
  }

  /// The command called `name` (`decouple` for the root).
  static func command(_ name: String) throws -> any ParsableCommand.Type {
    try #require(Self.commands.first { Self.name($0) == name })
  }

  @Test(arguments: commands.map(name))
  func helpFitsEightyColumns(_ name: String) throws {
    let command = try Self.command(name)
    for line in Self.help(command).split(separator: "\n") where line.count > 80 {
      Issue.record("\(Self.name(command)): \(line.count) columns: \(line)")
    }
  }

  @Test(arguments: commands.map(name))
  func noSentenceIsCutByALineBreak(_ name: String) throws {
    let command = try Self.command(name)
    let lines = Self.help(command).split(separator: "\n", omittingEmptySubsequences: false)
    for (line, next) in zip(lines, lines.dropFirst()) {
      let text = line.trimmingCharacters(in: .whitespaces)
      let following = next.trimmingCharacters(in: .whitespaces)
      guard let end = text.last, let start = following.first else { continue }
      // ArgumentParser wraps long lines a little short of the width (at a word that would
      // reach it); a hard break it re-wraps leaves a line well short of it ending
      // mid-sentence, followed by one starting lowercase.
      let nextWord = following.split(separator: " ").first?.count ?? 0
      let wrappedByTheParser = line.count + 1 + nextWord > 76
      if !wrappedByTheParser && !".:;!?)".contains(end) && start.isLowercase {
        Issue.record("\(Self.name(command)): a line ends mid-sentence: '\(text)' / '\(following)'")
      }
    }
  }

  @Test func formatHasOneWordingWhereverOffered() {
    for command in Self.commands.dropFirst() {
      let help = Self.help(command)
      let lines = help.split(separator: "\n").filter {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix("--format")
      }
      for line in lines {
        #expect(
          line.contains("Output: text for people, json or csv for programs."),
          "\(Self.name(command)): \(line)")
      }
    }
  }

  /// Options whose one name means different things in different commands, with why each
  /// meaning is its own: every other option reads the same wherever it is offered.
  static let namesWithSeveralMeanings: Set<String> = [
    "--lags",  // leadlag: the largest lag of the cross-correlation; ADF: a fixed lag order.
    "--method",  // corr: the correlation estimator; breaks: the break-detection method.
    "--output",  // chart: an SVG or PNG; report: an HTML file.
    "--pair",  // watch: a pair watched instead of the watchlist; alerts: whose alerts to list.
    "--since",  // check: the claim's start; scan: the day to compare with.
    "--universe",  // scan: the universe ranked; matrix: members added; chart/report: symbols.
  ]

  /// Every option of `command`'s help and its wording (the help line, wide enough that no
  /// option's text wraps).
  static func optionWordings(_ command: any ParsableCommand.Type) -> [String: String] {
    var out: [String: String] = [:]
    let lines = DecoupleCommand.helpMessage(for: command, columns: 400).split(separator: "\n")
    // "  -w, --window <window>  Rolling window…": the names, a value, then the help (or the
    // help on the next line when the names fill its column).
    let spec = #"^  ((?:-\w, )?--[\w-]+(?:, --[\w-]+)*(?: <[^>]+>)?(?: \.\.\.)?)(?: +(.*))?$"#
    for (i, line) in lines.enumerated() {
      guard let match = line.range(of: spec, options: .regularExpression) else { continue }
      let head = String(line[match])
      guard let nameRange = head.range(of: #"--[\w-]+"#, options: .regularExpression) else {
        continue
      }
      let name = String(head[nameRange])
      let afterSpec = head.replacingOccurrences(
        of: #"^  (?:-\w, )?--[\w-]+(?:, --[\w-]+)*(?: <[^>]+>)?(?: \.\.\.)?"#, with: "",
        options: .regularExpression
      ).trimmingCharacters(in: .whitespaces)
      let wording =
        !afterSpec.isEmpty
        ? afterSpec
        : (i + 1 < lines.count && lines[i + 1].range(of: spec, options: .regularExpression) == nil
          ? lines[i + 1].trimmingCharacters(in: .whitespaces) : "")
      // Defaults may differ by command; the wording may not.
      out[name] =
        wording.replacingOccurrences(
          of: #" ?\(default: [^)]*\)"#, with: "", options: .regularExpression)
    }
    return out
  }

  @Test func oneOptionNameHasOneWordingAcrossCommands() {
    var seen: [String: (command: String, wording: String)] = [:]
    for command in Self.commands.dropFirst() {
      for (option, wording) in Self.optionWordings(command)
      where !Self.namesWithSeveralMeanings.contains(option) {
        if let first = seen[option] {
          #expect(
            first.wording == wording,
            "\(option): '\(first.wording)' (\(first.command)) vs '\(wording)' (\(Self.name(command)))"
          )
        } else {
          seen[option] = (Self.name(command), wording)
        }
      }
    }
    #expect(seen["--window"] != nil && seen["--format"] != nil, "the parser found the options")
    // scenario still reads its old --level, without offering it.
    #expect(!Self.help(ScenarioCommand.self).contains("--level"))
    #expect((try? ScenarioCommand.parse(["--rates", "+50bp", "--level", "0.9"]))?.level == 0.9)
  }

  @Test func optionsACommandCannotHonourAreNotOffered() {
    for command in [ChartCommand.self, ReportCommand.self] as [any ParsableCommand.Type] {
      #expect(!Self.help(command).contains("--format"), "\(Self.name(command))")
    }
    let leadlag = Self.help(LeadLagCommand.self)
    #expect(!leadlag.contains("--window") && !leadlag.contains("--min-periods"))
    #expect(throws: (any Error).self) {
      _ = try LeadLagCommand.parse(["ETH", "RUT", "--window", "30"])
    }
    #expect(throws: (any Error).self) {
      _ = try ChartCommand.parse(["gap", "ETH", "RUT", "-o", "x.svg", "--format", "json"])
    }
  }

  @Test func cointTrendListsOnlyWhatItAccepts() throws {
    let line = try #require(
      Self.help(CointCommand.self).split(separator: "\n").first { $0.contains("--trend") })
    #expect(!line.contains(" n") && !line.contains("n)") && !line.contains(", n"), "\(line)")
    #expect(throws: (any Error).self) {
      _ = try CointCommand.parse(["ETH", "BTC", "--trend", "n"])
    }
    #expect(try CointCommand.parse(["ETH", "BTC", "--trend", "ct"]).trend == .ct)
  }

  @Test func defaultsArePrintedOnce() {
    for command in Self.commands {
      let help = Self.help(command).replacingOccurrences(of: "\n", with: " ")
        .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
      // One option's help ends at the next option; count "default" in each.
      for part in help.components(separatedBy: " --").dropFirst() {
        let count = part.components(separatedBy: "default").count - 1
        #expect(count <= 1, "\(Self.name(command)): --\(part.prefix(120))")
      }
    }
  }
}
