import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWatch
import DecoupleWorkspace
import Foundation

/// `decouple watch`: evaluate a watchlist once, on a schedule, or over history.
struct WatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Watch pairs and alert when one decouples: once, every so often, or replayed.",
    usage: "decouple watch [--once|--every <time>|--replay <day>|--init] [<options>]",
    discussion: """
      The watchlist (YAML; `--init` writes a commented example) names pairs, each with a window \
      and rules: a sense (rolling, or the DCC dynamic correlation) enters or leaves its extreme, \
      correlation or beta crosses a level, the \
      gap passes a size, a record is reached or approached, a change point appears. A cycle \
      refreshes the watched series (`--no-update`: use the data held), evaluates every rule on \
      the days that have ended (UTC) and raises each alert once per stretch of days its \
      condition holds, not on every run. Alerts go to the terminal and to the watchlist's \
      channels (a JSON-lines log, webhooks); a failed delivery stays pending and is retried on \
      the next run. Alerts, deliveries and the last day evaluated live in the store \
      (`decouple alerts` lists them). Exit status 1 when a pair, a refresh or a delivery failed \
      (the others went on).
      """)

  @Option(help: "The watchlist file (default: $XDG_CONFIG_HOME/decouple/watch.yaml).")
  var watchlist: String?

  @Option(
    name: .customLong("pair"),
    help: ArgumentHelp(
      "Watch <a/b> with the default rules instead of the watchlist (repeatable); alerts go to the "
        + "terminal only.", valueName: "a/b"))
  var pairs: [String] = []

  @Flag(help: "Run one cycle and exit (the default).")
  var once = false

  @Option(
    help: ArgumentHelp(
      "Run a cycle every <duration> (90s, 15m, 1h, 1d) until SIGTERM or SIGINT.",
      valueName: "duration"))
  var every: String?

  @Option(
    help: ArgumentHelp(
      "Replay the watchlist from <day> (YYYY-MM-DD) to the last closed day, as if watched live; "
        + "nothing is recorded or sent.", valueName: "day"))
  var replay: String?

  @Flag(name: .customLong("init"), help: "Write a commented example watchlist and exit.")
  var writeExample = false

  @Flag(help: "Evaluate the data held; fetch nothing.")
  var noUpdate = false

  @Option(
    help: ArgumentHelp(
      "With --replay: refit the change-point and DCC models every <n> observations (1: daily).",
      valueName: "n"))
  var refitStep: Int = 5

  @Option(help: .format)
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    let modes = [once, every != nil, replay != nil, writeExample].filter { $0 }.count
    guard modes <= 1 else {
      throw ValidationError("Give one of --once, --every, --replay or --init.")
    }
    if let every, WatchDuration.seconds(every) == nil {
      throw ValidationError(
        "--every must be a duration such as 90s, 15m, 1h or 1d (at least 1s), got '\(every)'.")
    }
    if let replay, Day(iso: replay) == nil {
      throw ValidationError("--replay must be a day as YYYY-MM-DD, got '\(replay)'.")
    }
    for p in pairs where Watchlist.Pair(parsing: p) == nil {
      throw ValidationError("--pair must be written A/B, e.g. ETH/RUT, got '\(p)'.")
    }
    if writeExample && !pairs.isEmpty {
      throw ValidationError("--init writes a watchlist file; it takes no --pair.")
    }
    guard refitStep >= 1 else {
      throw ValidationError("--refit-step must be at least 1, got \(refitStep).")
    }
  }

  var watchlistPath: String {
    watchlist ?? Watchlist.defaultPath(environment: ProcessInfo.processInfo.environment)
  }

  func run() async throws {
    if writeExample {
      try Watchlist.writeExample(to: watchlistPath)
      print("Wrote an example watchlist to \(watchlistPath); edit it, then run `decouple watch`.")
      return
    }
    let list =
      pairs.isEmpty
      ? try Watchlist.load(path: watchlistPath)
      : Watchlist(pairs: pairs.compactMap(Watchlist.Pair.init(parsing:)), path: "--pair")
    let ws = storeOptions.workspace
    if let replay, let from = Day(iso: replay) {
      let watcher = Watcher(workspace: ws, watchlist: list, sinks: [:])
      let replays = watcher.replay(from: from, refitStep: refitStep)
      let report = ReplayReport(replays.map { ($0.pair.key, $0.result) })
      print(report.rendered(format), terminator: "")
      if report.failures > 0 { throw ExitCode(1) }
      return
    }
    let watcher = Watcher(
      workspace: ws, watchlist: list, sinks: try list.sinks(workspace: ws))
    if let every, let seconds = WatchDuration.seconds(every) {
      let stop = StopFlag()
      let signals = WatchSignals(stop: stop)
      await watcher.run(every: seconds, update: !noUpdate, stop: stop, progress: Progress.handler) {
        result in
        switch result {
        case .success(let cycle):
          // One JSON document per line, so a log of cycles reads as JSON lines.
          print(format == .json ? cycle.json.serialized() : cycle.rendered(format), terminator: "")
          if format == .json { print() }
        case .failure(let error):
          let message = ErrorAdvice(error)?.message ?? "Error: \(error)"
          FileHandle.standardError.write(Data((message + "\n").utf8))
        }
      }
      signals.cancel()
      FileHandle.standardError.write(Data("Stopped after the cycle in progress.\n".utf8))
      return
    }
    let cycle = try await watcher.lockedCycle(update: !noUpdate, progress: Progress.handler)
    print(cycle.rendered(format), terminator: "")
    if cycle.problems > 0 { throw ExitCode(1) }
  }
}

/// `90s`, `15m`, `1h`, `1d` (or plain seconds) as seconds; `nil` when malformed or under 1 s.
enum WatchDuration {
  static func seconds(_ text: String) -> Double? {
    let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let last = t.last else { return nil }
    let (number, unit) = units[last].map { (t.dropLast(), $0) } ?? (Substring(t), 1)
    guard let n = Double(number), n.isFinite, n * unit >= 1 else { return nil }
    return n * unit
  }
}

/// SIGTERM and SIGINT set the stop flag: the cycle in progress finishes, then the loop ends.
final class WatchSignals {
  private var sources: [any DispatchSourceSignal] = []

  init(stop: StopFlag) {
    for sig in [SIGTERM, SIGINT] {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler { stop.stop() }
      source.resume()
      sources.append(source)
    }
  }

  func cancel() { sources.forEach { $0.cancel() } }
}
