import DecoupleAnalysis
import Foundation

/// CSV output: a header row, then one row per date, with the JSON key names as headers.
public enum CSVWriter {
  /// Quotes a field when it holds a comma, quote or line break (RFC 4180).
  public static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return s
    }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A number as the shortest text that round-trips; empty when NaN or infinite.
  public static func number(_ v: Double) -> String { v.isFinite ? "\(v)" : "" }

  /// The table as CSV text, with a trailing newline.
  public static func table(header: [String], rows: [[String]]) -> String {
    var out = header.map(field).joined(separator: ",") + "\n"
    for r in rows { out += r.map(field).joined(separator: ",") + "\n" }
    return out
  }
}

extension DecouplingSummary {
  /// The `series` rows as CSV, columns as in ``DecouplingSummary/Row/columns``: the measures,
  /// closes and returns, then each measure's expanding percentile on that day (empty where it
  /// is undefined).
  public var csv: String {
    CSVWriter.table(
      header: Row.columns,
      rows: rows.map { r in
        [r.date.iso]
          + ([
            r.correlation, r.gap, r.residualDrift, r.beta, r.closeA, r.closeB, r.returnA,
            r.returnB,
          ] + DecouplingMeasure.allCases.map { r.percentile($0) }).map(CSVWriter.number)
      })
  }
}
