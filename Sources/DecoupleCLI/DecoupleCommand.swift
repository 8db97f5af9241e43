import ArgumentParser

/// The `decouple` command: every subcommand is a thin layer over a library call.
public struct DecoupleCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "decouple",
    abstract: "Is asset A decoupling from asset B? In which sense, and how unusual is it?",
    discussion: """
      Series are named by a symbol of the embedded dataset (see `decouple list`) or by a path to
      a CSV file (anything with a '/' or a '.csv' ending; 'file.csv:COLUMN' picks a column).
      Symbols resolve from the local store first (see `decouple fetch`, `decouple import`), then
      the embedded dataset.
      Exit status: 0 success, 1 the data or a service said no, 64 the command line was wrong.
      """,
    version: "0.1.0",
    subcommands: [
      AnalyzeCommand.self, CheckCommand.self, EpisodesCommand.self, CorrCommand.self,
      BetaCommand.self, LeadLagCommand.self, CompareCommand.self, ScanCommand.self,
      MatrixCommand.self, StationarityCommand.self, CointCommand.self, GarchCommand.self,
      DccCommand.self, BreaksCommand.self, ChartCommand.self, ReportCommand.self,
      SupplyCommand.self, FlowsCommand.self, DriversCommand.self, ScenarioCommand.self,
      RatesCommand.self, FetchCommand.self, UpdateCommand.self, ImportCommand.self,
      SourcesCommand.self, ListCommand.self,
    ],
    defaultSubcommand: nil
  )

  public init() {}
}
