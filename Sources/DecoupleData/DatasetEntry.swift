/// What kind of quantity a series holds (embedded, stored or fetched).
public enum DatasetKind: String, Sendable, Codable, CaseIterable {
  /// A price or index level (returns are taken from it).
  case price
  /// A rate or yield in percent (changes, not returns, are meaningful).
  case rate
  /// A flow in US$ millions per day (already a change).
  case flow
  /// An on-chain quantity in ETH (a stock such as supply, or a daily amount such as burn), from
  /// a chain-data source (Etherscan, Glassnode, validatorqueue, Coin Metrics).
  case onChain = "on-chain"
}

/// One symbol of the embedded dataset.
public struct DatasetEntry: Sendable, Equatable, Codable {
  /// The symbol, upper case (`ETH`, `DGS2`, `ETH-ETF-FLOWS`).
  public var symbol: String
  /// The file in the embedded `Dataset` folder.
  public var file: String
  /// The value column read from the file.
  public var column: String
  public var kind: DatasetKind
  /// One line on what the series is and where it comes from.
  public var description: String

  /// The asset a price series represents: the symbol without a source suffix (`ETH-CG` →
  /// `ETH`); `nil` for rates, flows and on-chain series, which are not assets.
  public var asset: String? {
    guard kind == .price else { return nil }
    return symbol.hasSuffix("-CG") ? String(symbol.dropLast(3)) : symbol
  }

  public init(
    symbol: String, file: String, column: String, kind: DatasetKind, description: String
  ) {
    self.symbol = symbol
    self.file = file
    self.column = column
    self.kind = kind
    self.description = description
  }
}

/// The span of one embedded series, as `Dataset.listing()` reports it.
public struct DatasetListing: Sendable, Equatable, Codable {
  public var symbol: String
  public var file: String
  /// The first and last day with a value.
  public var first: Day
  public var last: Day
  /// Number of days with a value.
  public var rows: Int

  public init(symbol: String, file: String, first: Day, last: Day, rows: Int) {
    self.symbol = symbol
    self.file = file
    self.first = first
    self.last = last
    self.rows = rows
  }
}

extension Day: Codable {
  /// Encodes as the ISO `YYYY-MM-DD` string.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(iso)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let text = try c.decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: c, debugDescription: "'\(text)' is not a YYYY-MM-DD day")
    }
    self = day
  }
}
