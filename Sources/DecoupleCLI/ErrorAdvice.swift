import DecoupleAnalysis
import DecoupleConnectors
import DecoupleData
import DecoupleSeries
import DecoupleStats
import DecoupleStore
import DecoupleWatch
import DecoupleWorkspace

/// What the CLI says about a library error: the library's fact, a sentence of advice naming the
/// options that help, and the exit status (CONVENTIONS.md: 1 when the data or a service said no,
/// 64 when the command line was wrong).
///
/// Library errors state facts only; this is the one place that words them for the command line.
/// `DecoupleCommand.main()` prints ``message`` to stderr and exits with ``exitCode``.
public struct ErrorAdvice: Sendable, Equatable {
  /// Who was wrong.
  public enum Kind: Sendable, Equatable {
    /// The data or a service said no: exit 1.
    case data
    /// The command line was wrong: exit 64 (the usage is shown).
    case usage
  }

  /// The library's own sentence (the error's `description`).
  public var fact: String
  /// One or two sentences saying what to do, naming the options; `nil` when there is nothing
  /// useful to add to the fact.
  public var advice: String?
  /// Data or usage.
  public var kind: Kind

  /// The advice for `error`, or `nil` when it is not one of the library's error types
  /// (ArgumentParser's own errors, `ValidationError`, `CleanExit`, `ExitCode`, or any other
  /// error), which the caller hands to ArgumentParser unchanged.
  public init?(_ error: any Error) {
    guard let advised = error as? any CLIAdvised else { return nil }
    fact = "\(error)"
    advice = advised.advice
    kind = advised.kind
  }

  /// 64 for usage errors, 1 for data errors.
  public var exitCode: Int32 { kind == .usage ? 64 : 1 }

  /// `Error: <fact>`, then the advice on a line of its own when there is one; no trailing
  /// newline.
  public var message: String {
    "Error: \(fact)" + (advice.map { "\n" + $0 } ?? "")
  }
}

/// A library error the CLI knows how to advise on. Conformances live in this file only, so the
/// whole mapping reads in one place.
protocol CLIAdvised: Error {
  /// The sentence naming the options that help, or `nil`.
  var advice: String? { get }
  /// Data (exit 1) or usage (exit 64).
  var kind: ErrorAdvice.Kind { get }
}

extension CLIAdvised {
  var kind: ErrorAdvice.Kind { .data }
}

extension DataError: CLIAdvised {
  var advice: String? {
    switch self {
    case .unknownSymbol:
      "`decouple list` shows the known symbols (--members adds the universes'); or give a path "
        + "to a CSV file."
    case .datasetMissing:
      "Reinstall decouple."
    }
  }
}

extension ImportError: CLIAdvised {
  var advice: String? {
    switch self {
    case .fileNotFound:
      "Check the path, or name an embedded symbol such as ETH (see `decouple list`)."
    case .unreadable:
      "Check that it is a readable CSV file."
    case .empty:
      "Export it again with a header row and at least one data row."
    case .unknownFormat:
      "Name the columns with --date-column and --value-column; --delimiter, --decimal and "
        + "--date-format say how the file is written."
    case .invalidNumber:
      "Fix the cell, or leave it empty to mark the value missing."
    case .invalidDate:
      "Fix the cell, give the date format with --date-format (dd.mm.yyyy, mm/dd/yyyy, unix-s, "
        + "unix-ms…), or name the date column with --date-column if this is not it."
    case .ambiguousDayOrder:
      "Give the order with --date-format dd/mm/yyyy or --date-format mm/dd/yyyy."
    case .wrongFieldCount:
      "Check for a missing or extra delimiter or a stray quote, or give the delimiter with "
        + "--delimiter."
    case .unterminatedQuote:
      "Add the closing quote."
    case .duplicateDate:
      "Remove one of the two rows."
    case .outOfOrder:
      "Sort the file by date."
    case let .missingColumn(file, _, available):
      "Name one of the available columns, as \(file):\(available.first ?? "COLUMN") or with "
        + "--value-column (--date-column for dates)."
    case let .ambiguousColumn(file, available):
      "Choose one as \(file):COLUMN, for example \(file):\(available.first ?? "Close"), or with "
        + "--value-column."
    case let .noData(file, _):
      "Pick another column, as \(file):COLUMN or with --value-column."
    case .intradayOnly:
      "Give a file of daily closes."
    case .invalidJSON:
      nil
    case .invalidRecord:
      "Fix the record."
    }
  }
}

extension SeriesError: CLIAdvised {
  var advice: String? {
    switch self {
    case let .nonPositivePrice(_, day, _):
      "Use --from to start after \(day.iso)."
    case .tooFewCommonDays:
      "Check the date range (--from/--to) and the two calendars."
    }
  }
}

extension PanelError: CLIAdvised {
  var advice: String? {
    switch self {
    case .tooFewCommonDays:
      "Check the date range (--from/--to) and the calendars."
    case let .nonPositivePrice(_, day, _):
      "Use --from to start after \(day.iso), or --input returns if the file holds returns."
    }
  }
}

extension EstimationError: CLIAdvised {
  var advice: String? {
    switch self {
    case .tooShort:
      "Use a longer range (an earlier --from or a later --to)."
    case .notConverged:
      "Try a longer or another range (--from, --to)."
    case .nonFinite:
      "Remove or fill the value, or leave it out with --from/--to."
    case .degenerate:
      nil
    case .zeroPenalty:
      "Give the penalty as a positive number with --penalty."
    }
  }
}

extension TimeSeriesError: CLIAdvised {
  var advice: String? {
    switch self {
    case .tooShort:
      "Use a longer range (--from, --to) or fewer lags (--lags)."
    case .constant, .singular:
      "Choose other series or another range (--from, --to)."
    case .nonFinite:
      "Remove or fill the value first."
    case .invalidArgument:
      nil
    }
  }

  var kind: ErrorAdvice.Kind {
    if case .invalidArgument = self { return .usage }
    return .data
  }
}

extension AnalysisError: CLIAdvised {
  var advice: String? {
    switch self {
    case .historyTooShort:
      "Use a shorter --window (or --min-periods), or a longer range (--from, --to)."
    case .commonHistoryTooShort:
      "Use a shorter --window, fewer series, or --pairwise where the command has it."
    case .windowTooShort(_, let minimum):
      "Use --window \(minimum) or more."
    }
  }

  var kind: ErrorAdvice.Kind {
    if case .windowTooShort = self { return .usage }
    return .data
  }
}

extension EconometricsError: CLIAdvised {
  var advice: String? {
    switch self {
    case let .nonPositivePrice(_, day, _):
      "Use --on prices, or --from to start after \(day.iso)."
    case .scaleNeedsPrices:
      "With --input returns, use --on returns."
    case .nonFinite:
      "Remove or fill the value, or leave it out with --from/--to."
    case let .test(_, _, _, reason):
      reason.advice
    case .sameSeries:
      "Choose two different series."
    }
  }

  var kind: ErrorAdvice.Kind {
    switch self {
    case .scaleNeedsPrices: .usage
    case let .test(_, _, _, reason): reason.kind
    case .nonPositivePrice, .nonFinite, .sameSeries: .data
    }
  }
}

extension OutputError: CLIAdvised {
  var advice: String? {
    switch self {
    case .unwritable:
      "Check that the directory exists and is writable, or give another path with -o."
    case .rasterizerMissing:
      "Install the Debian package librsvg2-bin (apt-get install librsvg2-bin), or write .svg "
        + "instead."
    case .rasterizerFailed:
      "Write .svg instead."
    case .unsupportedExtension:
      "Name the output (-o) with one of these extensions, or give -o - for standard output."
    case .notRegularFile:
      "Give -o the path of a new or regular file, or -o - for standard output."
    }
  }

  var kind: ErrorAdvice.Kind {
    if case .unsupportedExtension = self { return .usage }
    return .data
  }
}

extension StoreError: CLIAdvised {
  var advice: String? {
    switch self {
    case .cannotOpen:
      "Check the path, or give another with --store."
    case .database:
      "Check the disk and the file's permissions, or give another store with --store."
    }
  }
}

extension WorkspaceError: CLIAdvised {
  var advice: String? {
    switch self {
    case .unknownUniverse:
      "Name one of the universes with --universe, or give a path to a CSV file."
    case .notStored:
      "Only fetched or imported series can be removed; `decouple list` shows where each comes "
        + "from."
    }
  }
}

extension FetchError: CLIAdvised {
  var advice: String? {
    switch self {
    case .timeout:
      "The service may be down or slow; try again later."
    case let .unreachable(source, _, _):
      "Check the network connection, and DECOUPLE_\(source.uppercased())_URL if it is set."
    case .rateLimited:
      "Wait and run the command again."
    case .serverError:
      "Try again later."
    case .httpStatus, .refused:
      "Try again later, or use another --source (see `decouple sources`)."
    case let .regionBlocked(source, _):
      "Use "
        + ["coinbase", "kraken"].filter { $0 != source }.map { "--source \($0)" }
        .joined(separator: " or ") + " instead."
    case let .historyLimited(_, days, _):
      "Ask for a --from within the past \(days) days, or use --source coinbase for older data."
    case .unofficialAPIRefused:
      "Wait a few minutes and run the command again, use another --source, or download a CSV "
        + "and `decouple import` it."
    case .malformed:
      "It may have been cut off; try again."
    case let .htmlInsteadOfData(source, _, _):
      "The symbol is probably wrong, or the service is showing an error page (or "
        + "DECOUPLE_\(source.uppercased())_URL points elsewhere)."
    case .unknownSymbol:
      "Check the symbol, or use another --source (see `decouple sources`)."
    case .duplicateTimestamp, .misaligned:
      "Nothing from this fetch was stored; try again later, or use another --source."
    case .clockSkew:
      "Nothing from this fetch was stored; check this machine's clock."
    case .unknownSource:
      "Name one of them with --source (see `decouple sources`)."
    case .unsupportedInterval:
      "Choose another --interval or --source (see `decouple sources`)."
    }
  }

  var kind: ErrorAdvice.Kind {
    if case .unsupportedInterval = self { return .usage }
    return .data
  }
}

extension WatchlistError: CLIAdvised {
  var advice: String? {
    "Fix the watchlist (`decouple watch --init --watchlist NEW.yaml` writes a commented example), "
      + "or name another with --watchlist."
  }
}

extension WatchError: CLIAdvised {
  var advice: String? {
    switch self {
    case .busy: "Wait for it to finish, or give this watch another --store."
    case .lockUnavailable: "Check the folder's permissions, or give another --store."
    }
  }
}

extension DeliveryError: CLIAdvised {
  var advice: String? {
    switch self {
    case .missingVariable(_, let variable, _):
      "Set \(variable) in the environment of `decouple watch`, or give the value in the watchlist."
    case .invalidURL, .invalidHeader:
      "Fix the webhook in the watchlist (or the variable it reads)."
    case .logUnwritable, .logLineWithoutID:
      "Check the log's path and permissions in the watchlist's `channels: log:`."
    default:
      "The alert stays pending; the next `decouple watch` run tries it again."
    }
  }
}
