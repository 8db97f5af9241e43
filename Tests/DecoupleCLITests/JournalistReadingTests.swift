import DecoupleRender
import Foundation
import Testing

@testable import DecoupleCLI

/// What the golden-output review of the co-movement, econometrics and driver commands found,
/// each as a property of the real output that a change could break: no claim drawn from an
/// undefined test, units and thousands separators, people's names for rate series, one way to
/// write a p-value.
@Suite struct JournalistReadingTests {
  /// The text of `arguments` at 80 columns, in process.
  static func text(_ arguments: [String]) throws -> String {
    let result = try OutputShapeTests.result(try OutputShapeTests.command(arguments))
    return TextStyle.$width.withValue(80) { result.text }
  }

  /// The text on one line: wrapping never splits a phrase the tests look for.
  static func flat(_ text: String) -> String {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  static let periods = [
    "--period1", "2025-03-01:2025-08-31", "--period2", "2025-09-01:2026-02-20", "--replicates",
    "50",
  ]

  /// Library and statsmodels names stay out of the text: a test regression's terms in words,
  /// a pair as "A and B", no package's name for a variance.
  @Test func econometricsSpeakInWords() throws {
    let stationarity = Self.flat(try Self.text(["stationarity", "ETH"]))
    #expect(stationarity.contains("ADF: regression with a constant"), "\(stationarity)")
    #expect(!stationarity.contains("regression 'c'"))
    let dcc = Self.flat(try Self.text(["dcc", "ETH", "RUT"]))
    #expect(dcc.contains("ETH and RUT: correlation now") && !dcc.contains("ETH~RUT"), "\(dcc)")
    let garch = Self.flat(try Self.text(["garch", "ETH"]))
    #expect(!garch.contains("arch's backcast") && garch.contains("variance recursion"))
  }

  /// ETH from CoinGecko is ETH: marked in a scan of ETH, never its "closest" member.
  @Test func theSameAssetIsNotTheClosestMember() throws {
    let text = try Self.text(["scan", "ETH", "--universe", "crypto"])
    #expect(text.contains("ETH-CG (same asset)"), "\(text)")
    #expect(!Self.flat(text).contains("Closest: ETH-CG"), "\(text)")
    #expect(Self.flat(text).contains("Closest: BNB-CG"), "\(text)")
  }

  @Test func anUndefinedGrangerTestIsNotReadAsNoEffect() throws {
    let same = Self.flat(try Self.text(["leadlag", "ETH", "ETH"]))
    #expect(!same.contains("does not help predict"), "\(same)")
    #expect(same.contains("cannot be tested"))
    // Said once: both directions are the same sentence for one series.
    #expect(same.components(separatedBy: "cannot be tested").count == 2, "\(same)")
    let pair = Self.flat(try Self.text(["leadlag", "ETH", "RUT", "--as-of", "2026-02-20"]))
    #expect(pair.contains("lags of 1 to 5 trading days"), "lags without a unit: \(pair)")
    #expect(pair.contains("Lags in trading days"))
    let weekly = Self.flat(try Self.text(["leadlag", "BTC", "SPY", "--frequency", "weekly"]))
    #expect(weekly.contains("lags of 1 to 5 weeks"), "\(weekly)")
  }

  @Test func anUndefinedFisherTestIsNotReadAsNoDifference() throws {
    let same = Self.flat(try Self.text(["compare", "ETH", "ETH"] + Self.periods))
    #expect(!same.contains("does not differ"), "\(same)")
    #expect(same.contains("cannot be compared"))
    #expect(!same.contains("p = –"))
  }

  @Test func cointegrationIsSaidWithoutADoubleNegativeAndTheSpreadHasItsUnits() throws {
    let text = Self.flat(try Self.text(["coint", "ETH", "RUT", "--as-of", "2026-02-20"]))
    #expect(!text.contains("does not reject no"), "\(text)")
    #expect(text.contains("finds no stable long-run relation at the 5% level (p = "))
    #expect(text.contains("Spread = log ETH − "), "the spread of log prices says so")
    let prices = Self.flat(try Self.text(["coint", "ETH", "RUT", "--on", "prices"]))
    #expect(prices.contains("Spread = ETH − "))
  }

  @Test(arguments: [
    ["coint", "ETH", "ETH"], ["dcc", "ETH", "ETH"], ["dcc", "ETH", "BTC", "ETH"],
  ])
  func aSeriesAgainstItselfIsSaidPlainly(_ arguments: [String]) throws {
    do {
      _ = try Self.text(arguments)
      Issue.record("\(arguments) printed a result")
    } catch {
      let message = try #require(ErrorAdvice(error)?.message)
      #expect(message.contains("ETH and ETH are the same series"), "\(message)")
      #expect(!message.contains("singular") && !message.contains("collinear"), "\(message)")
    }
  }

  @Test(arguments: [
    ["dcc", "ETH", "RUT", "--as-of", "2026-02-20"], ["garch", "ETH"], ["breaks", "ETH", "RUT"],
  ])
  func countsOfReturnsHaveThousandsSeparators(_ arguments: [String]) throws {
    let text = try Self.text(arguments)
    #expect(
      text.range(of: #"\b\d{4,} (daily|weekly)"#, options: .regularExpression) == nil,
      "\(text.prefix(200))")
    #expect(text.range(of: #"\d,\d{3} daily"#, options: .regularExpression) != nil)
  }

  @Test func dccCountsWeeksInAWeeklySample() throws {
    let weekly = Self.flat(try Self.text(["dcc", "BTC", "SPY", "--frequency", "weekly"]))
    #expect(!weekly.contains("of days"), "\(weekly)")
    #expect(weekly.contains("% of weeks were at or below it"))
    let daily = Self.flat(try Self.text(["dcc", "ETH", "RUT", "--as-of", "2026-02-20"]))
    #expect(daily.contains("halves in about") && daily.contains("trading days."), "\(daily)")
    #expect(!daily.contains(" observations."))
  }

  @Test func supplyCountsHaveThousandsSeparators() throws {
    let text = try Self.text(["supply"])
    let check = try #require(
      Self.flat(text).range(of: #"Identity check [^;]*;"#, options: .regularExpression))
    let sentence = String(Self.flat(text)[check])
    // Dates aside, no run of four digits: counts carry separators.
    let undated = sentence.replacingOccurrences(
      of: #"\d{4}-\d{2}-\d{2}"#, with: "DATE", options: .regularExpression)
    #expect(undated.range(of: #"\d{4,}"#, options: .regularExpression) == nil, "\(sentence)")
    #expect(
      sentence.range(of: #"issuance \d{1,3}(,\d{3})+ ETH"#, options: .regularExpression) != nil)
    #expect(!text.contains("≈ —"), "an estimate of nothing")
    // A one-day gap is named by its day, not as a span from a day to itself.
    #expect(
      Self.flat(text).range(of: #"(\d{4}-\d{2}-\d{2})…\1"#, options: .regularExpression) == nil,
      "\(text)")
  }

  @Test(arguments: [["rates"], ["drivers", "ETH"], ["scenario", "--rates", "+50bp"]])
  func rateSeriesGoByTheirNames(_ arguments: [String]) throws {
    let text = try Self.text(arguments)
    for code in ["DGS2", "DGS10", "DFF"] {
      #expect(!text.contains(code), "\(arguments[0]): the FRED code \(code) in \(text)")
    }
    #expect(text.contains("2-year yield"))
  }

  @Test(arguments: [
    ["stationarity", "ETH"], ["coint", "ETH", "RUT"], ["leadlag", "ETH", "RUT"],
    ["scenario", "--rates", "+50bp"], ["supply"],
  ])
  func noNegativeZeroAndOnePValueStyle(_ arguments: [String]) throws {
    let text = try Self.text(arguments)
    #expect(text.range(of: #"-0\.0+(?!\d*[1-9])\b"#, options: .regularExpression) == nil)
    #expect(!text.contains("<0.0") && !text.contains(">0.1"), "p-values as '< 0.001'")
  }
}
