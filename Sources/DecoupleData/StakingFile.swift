import Foundation

/// Reads the validatorqueue.com daily history (`ETH_staking_daily.validatorqueue.json`): a JSON
/// array of objects, one per UTC day, with `date` (ISO) and numeric fields such as
/// `staked_amount`, `supply`, `validators`, `apr`.
///
/// Every numeric field becomes one daily series (in first-seen key order); a `null` or absent
/// value leaves that day out of that series, as an empty CSV cell does. Days must be strictly
/// increasing. The file's quirks (the `supply` field lags its row date by about 7 days, the
/// churn fields change names on 2025-05-07) are left to the caller and stated in the notes.
public enum StakingFile {
  /// The numeric fields read, in output order; other keys (churn fields whose names change
  /// over time) are ignored.
  public static let fields = [
    "staked_amount", "supply", "validators", "staked_percent", "apr", "entry_queue",
    "exit_queue",
  ]

  /// Parses the JSON bytes; `file` names them in messages.
  /// - Throws: `ImportError.invalidJSON` when the bytes are not a JSON array of objects,
  ///   `.invalidRecord` naming the 1-based record, field and value when a date or number is
  ///   unreadable, `.outOfOrder`/`.duplicateDate` (with record numbers as lines) for disorder,
  ///   `.empty` for an empty array.
  public static func parse(_ data: Data, file: String) throws(ImportError) -> ImportedFile {
    let root: Any
    do {
      root = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw .invalidJSON(file: file, reason: "it is not valid JSON")
    }
    guard let records = root as? [Any] else {
      throw .invalidJSON(file: file, reason: "the top level is not an array")
    }
    guard !records.isEmpty else { throw .empty(file: file) }
    var days: [Day] = []
    var columns = [[(Day, Double)]](repeating: [], count: fields.count)
    for (i, item) in records.enumerated() {
      let n = i + 1
      guard let object = item as? [String: Any] else {
        throw .invalidRecord(file: file, record: n, field: "(record)", text: "\(item)")
      }
      guard let text = object["date"] as? String, let day = Day(iso: text) else {
        throw .invalidRecord(
          file: file, record: n, field: "date", text: object["date"].map { "\($0)" } ?? "absent")
      }
      if let last = days.last, day <= last {
        if day == last {
          throw .duplicateDate(file: file, line: n, date: text, firstLine: n - 1)
        }
        throw .outOfOrder(
          file: file, line: n, date: text, previous: last.iso, previousLine: n - 1)
      }
      days.append(day)
      for (c, field) in fields.enumerated() {
        guard let raw = object[field], !(raw is NSNull) else { continue }
        guard !(raw is String), let number = (raw as? NSNumber)?.doubleValue, number.isFinite
        else {
          throw .invalidRecord(file: file, record: n, field: field, text: "\(raw)")
        }
        columns[c].append((day, number))
      }
    }
    let notes = [
      "validatorqueue 'supply' is ultrasound.money's first point of a 7-day window: it lags the "
        + "row date by about 7 days.",
      "'staked_amount' is the active attesting stake (beaconcha.in votedether), not deposits.",
    ]
    let series = zip(fields, columns).map { field, points in
      DailySeries(
        name: field, days: points.map(\.0), values: points.map(\.1), calendar: .published,
        source: SeriesSource(file: file, format: FileFormat.validatorQueue.rawValue, column: field),
        notes: notes)
    }
    return ImportedFile(
      file: file, format: .validatorQueue, series: series, intraday: [], primary: 0, notes: notes)
  }
}
