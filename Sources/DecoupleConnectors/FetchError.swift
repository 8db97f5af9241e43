/// Why a fetch failed. Each case prints one sentence naming the source and what happened (the
/// address, the status, the attempts, the times); what to do about it is the caller's to say
/// (the CLI adds advice naming its options, exits 1 and writes nothing to the store).
public enum FetchError: Error, Sendable, Equatable {
  /// No answer within `seconds` (after every retry).
  case timeout(source: String, url: String, seconds: Double, attempts: Int)
  /// The connection failed (refused, DNS, TLS…).
  case unreachable(source: String, url: String, reason: String)
  /// HTTP 429 on every attempt; `retryAfter` is the last wait the service asked for.
  case rateLimited(source: String, url: String, retryAfter: Double?, attempts: Int)
  /// HTTP 5xx on every attempt.
  case serverError(source: String, url: String, status: Int, attempts: Int)
  /// Any other unexpected HTTP status; `detail` is the service's own message when it gave one.
  case httpStatus(source: String, url: String, status: Int, detail: String)
  /// The service refused with an explanation specific to it (a key, an error code); `reason` is
  /// one sentence.
  case refused(source: String, reason: String)
  /// The service refuses requests from this machine's region (HTTP 451); `reason` is one
  /// sentence.
  case regionBlocked(source: String, reason: String)
  /// The service serves only the past `days` days on this plan, and older data was asked for;
  /// `reason` is one sentence.
  case historyLimited(source: String, days: Int, reason: String)
  /// An unofficial API (one the service does not document for programs) refused: it throttled
  /// or asked for a browser session; `reason` is one sentence.
  case unofficialAPIRefused(source: String, reason: String)
  /// The body is not the documented format (truncated or malformed JSON/CSV).
  case malformed(source: String, url: String, reason: String)
  /// An HTML page came back where data was expected.
  case htmlInsteadOfData(source: String, url: String, expected: String)
  /// The source does not know the symbol.
  case unknownSymbol(source: String, symbol: String, detail: String)
  /// Two rows for the same instant with different values.
  case duplicateTimestamp(source: String, time: String)
  /// A timestamp later than now (plus one interval): the source's or this machine's clock is off.
  case clockSkew(source: String, time: String, now: String)
  /// A timestamp that is not on the interval's grid.
  case misaligned(source: String, time: String, interval: String)
  /// `source` names no connector; `known` lists the ones that exist.
  case unknownSource(source: String, known: [String])
  /// The source does not serve this interval.
  case unsupportedInterval(source: String, interval: String)
}

extension FetchError: CustomStringConvertible {
  /// One sentence: the source, the address where there is one, and what happened.
  public var description: String {
    switch self {
    case let .timeout(s, url, seconds, n):
      "\(s): no answer within \(Self.seconds(seconds)) from \(url) (\(n) attempts)."
    case let .unreachable(s, url, reason):
      "\(s): cannot reach \(url): \(reason)."
    case let .rateLimited(s, url, after, n):
      "\(s): rate limited (HTTP 429) on all \(n) attempts at \(url)"
        + (after.map { "; the service asked to wait \(Self.seconds($0))" } ?? "") + "."
    case let .serverError(s, url, status, n):
      "\(s): server error HTTP \(status) on all \(n) attempts at \(url)."
    case let .httpStatus(s, url, status, detail):
      "\(s): HTTP \(status) from \(url)" + Self.sentenceTail(detail)
    case let .refused(s, reason), let .regionBlocked(s, reason),
      let .historyLimited(s, _, reason), let .unofficialAPIRefused(s, reason):
      "\(s): \(reason)"
    case let .malformed(s, url, reason):
      "\(s): the response from \(url) is not in the documented format (\(reason))."
    case let .htmlInsteadOfData(s, url, expected):
      "\(s): \(url) returned an HTML page where \(expected) was expected."
    case let .unknownSymbol(s, symbol, detail):
      "\(s) does not serve '\(symbol)'" + Self.sentenceTail(detail)
    case let .duplicateTimestamp(s, time):
      "\(s) returned two different rows for \(time)."
    case let .clockSkew(s, time, now):
      "\(s) returned a row for \(time), later than now (\(now)); the source's clock or this "
        + "machine's is off."
    case let .misaligned(s, time, interval):
      "\(s) returned a row at \(time), which is not on the \(interval) grid."
    case let .unknownSource(s, known):
      "Unknown source '\(s)'; known sources: \(known.joined(separator: ", "))."
    case let .unsupportedInterval(s, interval):
      "\(s) does not serve \(interval) data."
    }
  }

  /// `.` for no detail, else `: detail` ending in a full stop.
  static func sentenceTail(_ detail: String) -> String {
    let d = detail.trimmingCharacters(in: .whitespacesAndNewlines)
    if d.isEmpty { return "." }
    return ": " + d + (d.hasSuffix(".") ? "" : ".")
  }

  static func seconds(_ x: Double) -> String {
    x == x.rounded() ? "\(Int(x)) s" : "\(Double(Int(x * 10)) / 10) s"
  }
}
