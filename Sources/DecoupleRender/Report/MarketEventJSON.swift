import DecoupleData

extension MarketEvent {
  /// Events as the charts read them, oldest first: date, label, short label, the assets each
  /// concerns and its source.
  public static func json(_ events: [MarketEvent]) -> JSONValue {
    .object([
      (
        "events",
        .array(
          events.sorted { $0.date < $1.date }.map { e in
            .object([
              ("date", .string(e.date.iso)), ("label", .string(e.label)),
              ("short", .string(e.short)), ("assets", .array(e.assets.map(JSONValue.string))),
              ("source", .string(e.source)),
            ])
          })
      )
    ])
  }

  /// The embedded catalogue, as ``json(_:)`` gives it (built once).
  public static let catalogueJSON: JSONValue = json(catalogue)
}
