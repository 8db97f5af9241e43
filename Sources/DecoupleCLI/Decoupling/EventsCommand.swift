import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple events A B`: the pair before and after dated events.
struct EventsCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "events",
    abstract: "Correlation, beta, volatility and gap of A and B before vs after dated events.",
    discussion: """
      Events: the embedded catalogue's events that concern A or B (EIP-1559, the Merge, Shapella, \
      Dencun, Pectra, the US spot BTC and ETH ETF approvals and launches; see each one's source \
      in --format json), the Fed's target-range changes with --fed (FRED DFEDTARU), and your own \
      with --event DATE:LABEL. Each is compared over --window returns before its day and \
      --window from it: correlation by Fisher's z, beta by one regression over both windows \
      with Newey–West errors (--hac-lags, default the rule 4·(2·window/100)^(2/9)). Many \
      events mean many tests: each p-value is also given Holm-adjusted over all of them.
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.")
  var a: String

  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.")
  var b: String

  @Option(
    name: .customLong("event"),
    help: ArgumentHelp("An event of your own, DATE:LABEL (repeatable).", valueName: "date:label"))
  var userEvents: [String] = []

  @Flag(help: "Add the Fed's target-range changes (FRED DFEDTARU).")
  var fed = false

  @Flag(help: "Only the events given with --event (and --fed), not the catalogue.")
  var noCatalogue = false

  @Option(help: "Lags of the Newey–West estimator.") var hacLags: Int?

  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    for e in userEvents where Self.parse(e) == nil {
      throw ValidationError("--event must be DATE:LABEL (2024-07-23:ETF launch), got '\(e)'.")
    }
    if let hacLags, hacLags < 0 || hacLags >= common.window {
      throw ValidationError("--hac-lags must be from 0 to the window − 1, got \(hacLags).")
    }
  }

  /// `2024-07-23:ETF launch` as an event (the label defaults to the date); `nil` otherwise.
  static func parse(_ text: String) -> MarketEvent? {
    let day = text.prefix(10)
    guard let date = Day(iso: day) else { return nil }
    let rest = text.dropFirst(10)
    guard rest.isEmpty || rest.hasPrefix(":") else { return nil }
    let label = rest.dropFirst().trimmingCharacters(in: .whitespaces)
    let name = label.isEmpty ? date.iso : label
    return MarketEvent(
      date: date, label: name, short: String(name.prefix(18)), assets: [],
      source: "given with --event")
  }

  func result() throws -> EventStudy {
    let ws = input.workspace
    let sa = try ws.series(a)
    let sb = try ws.series(b)
    let assets = Set([sa.asset, sb.asset].compactMap { $0 })
    var events = userEvents.compactMap(Self.parse)
    if !noCatalogue {
      events += MarketEvent.catalogue.filter { !assets.isDisjoint(with: $0.assets) }
    }
    if fed { events += try ws.fedTargetChanges(from: common.from, to: common.end) }
    return try EventStudy(
      sa, sb, events: events, window: common.window, lags: hacLags,
      options: common.analysisOptions)
  }
}
