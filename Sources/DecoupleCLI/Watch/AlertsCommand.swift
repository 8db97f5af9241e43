import ArgumentParser
import DecoupleRender
import DecoupleWorkspace

/// `decouple alerts`: the alerts the watch recorded, with their deliveries.
struct AlertsCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "alerts",
    abstract: "List the alerts `decouple watch` raised, newest first, and their deliveries.",
    usage: "decouple alerts [--open-only] [--pair <a/b>] [<options>]",
    discussion: """
      An alert is open while its condition still holds (on the last day the watch evaluated). \
      A delivery that failed is pending: the next `decouple watch` run tries it again.
      """)

  @Flag(help: "Only the alerts whose condition still holds.")
  var openOnly = false

  @Option(
    help: ArgumentHelp(
      "Only this pair's alerts, as the watch names it (ETH/RUT w90 daily) or A/B.",
      valueName: "a/b"))
  var pair: String?

  @Option(help: .format)
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func result() throws -> AlertListing {
    let ws = storeOptions.workspace
    var alerts = try ws.alerts(openOnly: openOnly)
    if let pair {
      let p = pair.uppercased()
      alerts = alerts.filter {
        $0.pair.uppercased() == p || $0.pair.uppercased().hasPrefix(p + " ")
      }
    }
    return AlertListing(
      alerts: alerts, deliveries: try ws.alertDeliveries(of: alerts.map(\.id)), openOnly: openOnly,
      store: ws.storePath)
  }
}
