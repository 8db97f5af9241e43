import ArgumentParser

/// The `decouple` command: every subcommand is a thin layer over a library call.
public struct DecoupleCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "decouple",
    abstract: "Is asset A decoupling from asset B? In which sense, and how unusual is it?",
    discussion: """
      Series are named by a symbol (see `decouple list`) or by a path to a CSV file \
      (anything with a '/' or a '.csv' ending; 'file.csv:COLUMN' picks a column). Symbols \
      resolve from the local store first (see `decouple fetch`, `decouple import`), then the \
      embedded dataset and its universes' members (AAPL, NVDA…).

      Exit status: 0 success, 1 the data or a service said no, 64 the command line was wrong.
      """,
    version: "0.1.0",
    groupedSubcommands: [
      CommandGroup(
        name: "Decoupling",
        subcommands: [
          AnalyzeCommand.self, EpisodesCommand.self, CheckCommand.self, EventsCommand.self,
        ]),
      CommandGroup(name: "Watch", subcommands: [WatchCommand.self, AlertsCommand.self]),
      CommandGroup(
        name: "Co-movement",
        subcommands: [
          CorrCommand.self, BetaCommand.self, LeadLagCommand.self, CompareCommand.self,
          ScanCommand.self, MatrixCommand.self,
        ]),
      CommandGroup(
        name: "Econometrics",
        subcommands: [
          StationarityCommand.self, CointCommand.self, GarchCommand.self, DccCommand.self,
          BreaksCommand.self,
        ]),
      CommandGroup(
        name: "Drivers",
        subcommands: [
          SupplyCommand.self, FlowsCommand.self, DriversCommand.self, ScenarioCommand.self,
          RatesCommand.self,
        ]),
      CommandGroup(
        name: "Pictures", subcommands: [ChartCommand.self, ReportCommand.self, ServeCommand.self]),
      CommandGroup(
        name: "Data",
        subcommands: [
          ListCommand.self, FetchCommand.self, UpdateCommand.self, ImportCommand.self,
          RemoveCommand.self, SourcesCommand.self,
        ]),
    ],
    defaultSubcommand: nil
  )

  public init() {}
}
