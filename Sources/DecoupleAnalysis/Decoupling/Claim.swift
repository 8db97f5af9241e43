import DecoupleData

/// A claim about a pair that `decouple check` tests against the data.
public enum Claim: Sendable, Equatable {
  /// "The correlation of A and B is at a record low."
  case recordLowCorrelation
  /// "The performance gap between A and B is a record" (in the direction it has now).
  case recordGap
  /// "A has been decoupled from B since DATE."
  case decoupledSince(Day)
  /// "The correlation of A and B is below X."
  case correlationBelow(Double)
  /// "ETH's supply has been deflationary since DATE" (a claim about ETH alone).
  case supplyDeflationarySince(Day)
  /// "The relationship of A and B changed after DATE" (an event: an ETF launch, an upgrade).
  case changedAfter(Day)

  /// The claim in words.
  public func text(_ a: String, _ b: String) -> String {
    switch self {
    case .recordLowCorrelation: "the correlation of \(a) and \(b) is at a record low"
    case .recordGap: "the performance gap between \(a) and \(b) is a record"
    case .decoupledSince(let d): "\(a) has been decoupled from \(b) since \(d.iso)"
    case .correlationBelow(let x): "the correlation of \(a) and \(b) is below \(x)"
    case .supplyDeflationarySince(let d): "ETH's supply has been deflationary since \(d.iso)"
    case .changedAfter(let d): "the relationship of \(a) and \(b) changed after \(d.iso)"
    }
  }

  /// The machine name used on the command line and in JSON.
  public var name: String {
    switch self {
    case .recordLowCorrelation: "record-low-correlation"
    case .recordGap: "record-gap"
    case .decoupledSince: "decoupled-since"
    case .correlationBelow: "correlation-below"
    case .supplyDeflationarySince: "supply-deflationary-since"
    case .changedAfter: "changed-after"
    }
  }
}

/// The answer to a claim, with the evidence.
public struct ClaimCheck: Sendable, Equatable {
  public enum Verdict: String, Sendable, Codable {
    case supported
    case notSupported = "not supported"
    case inconclusive
  }

  public var claim: Claim
  public var verdict: Verdict
  /// Why, in one or two sentences.
  public var reason: String
  /// The evidence, one sentence each (values, ranks, records with dates, tests and p-values).
  public var evidence: [String]
  /// The record check behind a record claim.
  public var record: RecordCheck?
}
