/// Why a file could not be imported.
///
/// Every case carries the file name and, where there is one, the 1-based line (the header is
/// line 1), the column and the offending text. `description` is one sentence that names them;
/// what to do about it is the caller's to say (the CLI adds advice naming its options).
public enum ImportError: Error, Sendable, Equatable {
  /// Nothing exists at `path`.
  case fileNotFound(path: String)
  /// The file exists but could not be read (a directory, no permission, …).
  case unreadable(path: String, reason: String)
  /// The file has no header or no data rows.
  case empty(file: String)
  /// The header matches no known format and the first column does not hold dates.
  case unknownFormat(file: String, header: [String])
  /// A value cell is neither empty nor a finite number.
  case invalidNumber(file: String, line: Int, column: String, text: String)
  /// A date (or time) cell cannot be read.
  case invalidDate(file: String, line: Int, column: String, text: String)
  /// A row has a different number of fields than the header, split at `delimiter`.
  case wrongFieldCount(file: String, line: Int, expected: Int, found: Int, delimiter: Character)
  /// A quoted field is never closed.
  case unterminatedQuote(file: String, line: Int)
  /// The date on `line` already appeared on `firstLine`.
  case duplicateDate(file: String, line: Int, date: String, firstLine: Int)
  /// The date on `line` breaks the file's order: it follows `previous` on `previousLine`.
  case outOfOrder(file: String, line: Int, date: String, previous: String, previousLine: Int)
  /// Every `D/M/YYYY`-style date in `column` reads both day first and month first (no number
  /// above 12 settles it); `example` is the first.
  case ambiguousDayOrder(file: String, column: String, example: String)
  /// A requested column is not in the header.
  case missingColumn(file: String, column: String, available: [String])
  /// Several value columns and none was picked.
  case ambiguousColumn(file: String, available: [String])
  /// The picked column has no values at all.
  case noData(file: String, column: String)
  /// The file holds intraday bars, and a daily series was asked for.
  case intradayOnly(file: String, format: String)
  /// A JSON file is not the expected shape (`reason` says how).
  case invalidJSON(file: String, reason: String)
  /// A JSON record (1-based) has an unreadable `field`.
  case invalidRecord(file: String, record: Int, field: String, text: String)
}

extension ImportError: CustomStringConvertible {
  /// One sentence naming the file, the line, the column and the offending text where there is
  /// one; no advice (the caller words that).
  public var description: String {
    switch self {
    case let .fileNotFound(path):
      "No file at '\(path)'."
    case let .unreadable(path, reason):
      "Cannot read '\(path)' (\(reason))."
    case let .empty(file):
      "\(file) has no data rows."
    case let .unknownFormat(file, header):
      "\(file): the header '\(header.joined(separator: ","))' matches no known format ("
        + FileFormat.allCases.map(\.rawValue).joined(separator: ", ")
        + ") and its first column holds no dates (tried YYYY-MM-DD, ISO 8601 timestamps, "
        + "M/D/YYYY, D/M/YYYY, D.M.YYYY, 'Jun 04, 2026' and unix timestamps)."
    case let .invalidNumber(file, line, column, text):
      "\(file):\(line): column '\(column)' has non-numeric value '\(text)'."
    case let .invalidDate(file, line, column, text):
      "\(file):\(line): column '\(column)' has unreadable date '\(text)' (readable dates are "
        + "YYYY-MM-DD, an ISO 8601 timestamp with Z or an offset, M/D/YYYY or D/M/YYYY, "
        + "D.M.YYYY, 'Jun 04, 2026', or a unix timestamp)."
    case let .wrongFieldCount(file, line, expected, found, delimiter):
      "\(file):\(line): found \(found) fields but the header has \(expected), splitting at "
        + (delimiter == "\t" ? "tabs." : "'\(delimiter)'.")
    case let .unterminatedQuote(file, line):
      "\(file):\(line): a quoted field starts here and is never closed."
    case let .duplicateDate(file, line, date, firstLine):
      "\(file):\(line): date \(date) already appears on line \(firstLine)."
    case let .outOfOrder(file, line, date, previous, previousLine):
      "\(file):\(line): date \(date) comes after \(previous) on line \(previousLine)."
    case let .ambiguousDayOrder(file, column, example):
      "\(file): the dates in column '\(column)' (such as '\(example)') read both day first and "
        + "month first; no day or month above 12 settles which."
    case let .missingColumn(file, column, available):
      "\(file) has no column '\(column)'; available columns: "
        + available.joined(separator: ", ") + "."
    case let .ambiguousColumn(file, available):
      "\(file) has several value columns (\(available.joined(separator: ", "))) and none was "
        + "picked."
    case let .noData(file, column):
      "\(file): column '\(column)' has no values."
    case let .intradayOnly(file, format):
      "\(file) holds intraday bars (\(format)), not daily closes."
    case let .invalidJSON(file, reason):
      "\(file): \(reason); expected a JSON array of daily objects with an ISO 'date'."
    case let .invalidRecord(file, record, field, text):
      "\(file): record \(record) has unreadable '\(field)' value '\(text)' (expected an ISO "
        + "YYYY-MM-DD date, and a number or null for values)."
    }
  }
}
