import DecoupleData

extension MarketEvent {
  /// The embedded events as the charts read them, oldest first: date, label, short label, the
  /// assets each concerns and its source.
  public static let catalogueJSON: JSONValue =
    .object([
      (
        "events",
        .array(
          catalogue.map { e in
            .object([
              ("date", .string(e.date.iso)), ("label", .string(e.label)),
              ("short", .string(e.short)), ("assets", .array(e.assets.map(JSONValue.string))),
              ("source", .string(e.source)),
            ])
          })
      )
    ])
}
