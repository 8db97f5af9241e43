import Foundation
import HTTPTypes
import Hummingbird

/// A canned answer before it becomes a `Response`.
struct Reply {
  var status: Int = 200
  var contentType = "application/json"
  var body: String
  var headers: [String: String] = [:]

  static func json(_ object: Any, status: Int = 200) -> Reply {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return Reply(status: status, body: String(decoding: data, as: UTF8.self))
  }

  static func csv(_ text: String) -> Reply { Reply(contentType: "text/csv", body: text) }

  var response: Response {
    var fields = HTTPFields()
    fields[.contentType] = contentType
    for (k, v) in headers { fields[HTTPField.Name(k)!] = v }
    return Response(
      status: .init(code: status), headers: fields,
      body: .init(byteBuffer: ByteBuffer(string: body)))
  }
}

/// The faults a route's first path segment asks for.
enum Fault: String {
  case ok
  /// 429 with `Retry-After: 1` the first time each URL is asked, then the normal answer.
  case rateLimitedOnce = "429once"
  /// 429 with `Retry-After: 0` every time.
  case rateLimited = "429"
  /// 429 with `Retry-After: 3600`: longer than a client should wait.
  case rateLimitedLong = "429long"
  /// 503 the first time each URL is asked.
  case unavailableOnce = "503once"
  /// 503 every time.
  case unavailable = "503"
  /// Answers after 3 seconds.
  case slow
  /// An HTML page with status 200.
  case html
  /// The normal body cut in half.
  case truncated
  /// Well-formed JSON (or CSV) of the wrong shape.
  case malformed
  /// A row missing in the middle of the range.
  case short
  /// A timestamp twice, with different values.
  case dup
  /// Every timestamp ten days late (in the future near `now`).
  case skew
  /// Binance's HTTP 451 for US addresses.
  case blocked = "451"
  /// Yahoo's 401 "Invalid Crumb".
  case crumb
  /// Coin Metrics names the same next page on every page.
  case samePage = "samepage"
}

/// Query parameters as strings.
struct Query {
  let items: [String: String]
  init(_ request: Request) {
    var items: [String: String] = [:]
    for (k, v) in request.uri.queryParameters { items[String(k)] = String(v) }
    self.items = items
  }
  subscript(_ key: String) -> String? { items[key] }
  func int(_ key: String) -> Int64? { items[key].flatMap { Int64($0) } }
}

/// ISO 8601 times and days for the fake answers.
enum Clock {
  static func day(_ t: Int64) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd"
    return f.string(from: Date(timeIntervalSince1970: Double(t)))
  }

  static func parseDay(_ s: String?) -> Int64? {
    guard let s else { return nil }
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd"
    return f.date(from: String(s.prefix(10))).map { Int64($0.timeIntervalSince1970) }
  }

  static func parseISO(_ s: String?) -> Int64? {
    guard let s else { return nil }
    return ISO8601DateFormatter().date(from: s).map { Int64($0.timeIntervalSince1970) }
  }

  /// Monday to Friday, for a UTC midnight.
  static func isWeekday(_ t: Int64) -> Bool {
    let w = ((t / 86_400) + 4) % 7  // 0 = Sunday (1970-01-01 was a Thursday)
    return w != 0 && w != 6
  }

  static func number(_ x: Double) -> String { String(format: "%.2f", x) }
}
