import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple episodes A B`: every past decoupling episode, in each sense.
struct EpisodesCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "episodes",
    abstract: "List every decoupling episode of A from B, in each sense, and how each ended.",
    discussion: """
      An episode starts when a measure (correlation, gap, residual drift, beta) enters the \
      extreme --enter fraction of its own history up to that day, and ends when it leaves the \
      extreme --exit fraction. How it ended: A caught up, B moved, both, the window rolled past \
      it (levels never converged), or recovered (correlation, beta).
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.")
  var a: String

  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.")
  var b: String

  @Option(help: "Percentile that opens an episode (two-sided measures: also 1 − it).")
  var enter: Double = 0.10

  @Option(help: "Percentile past which an episode closes.")
  var exit: Double = 0.25

  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    guard enter > 0, enter < 0.5, exit >= enter, exit < 0.5 else {
      throw ValidationError("Need 0 < --enter ≤ --exit < 0.5 (got \(enter) and \(exit)).")
    }
  }

  func result() throws -> EpisodeListing {
    let ws = input.workspace
    let summary = try DecouplingAnalysis.analyze(
      try ws.series(a),
      try ws.series(b), options: common.analysisOptions)
    let rules = EpisodeRules(enter: enter, exit: exit)
    let listing = EpisodeListing(
      summary: summary,
      histories: DecouplingMeasure.allCases.map {
        EpisodeHistory(measure: $0, in: summary, rules: rules)
      })
    return listing
  }
}
