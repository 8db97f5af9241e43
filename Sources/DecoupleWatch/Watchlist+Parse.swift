import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import Foundation
import Yams

extension Watchlist {
  /// Reads a watchlist from YAML text.
  ///
  /// Every problem names its line and column: a YAML syntax error, an unknown key (a typo
  /// never passes silently), a missing or malformed value, an unknown sense or rule, a
  /// threshold out of range.
  /// - Parameter path: named in errors.
  public static func parse(_ text: String, path: String) throws(WatchlistError) -> Watchlist {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw syntax(error, path: path)
    } catch {
      throw WatchlistError(path: path, message: "\(error)")
    }
    guard let root else {
      throw WatchlistError(path: path, message: "the file is empty: it needs a `pairs:` list.")
    }
    let reader = NodeReader(path: path)
    let top = try reader.mapping(root, keys: ["defaults", "pairs", "channels"], what: "the file")
    var defaults = Pair(a: "A", b: "B")
    if let d = top["defaults"] {
      let m = try reader.mapping(d, keys: ["window", "frequency", "rules"], what: "defaults")
      try reader.settings(m, into: &defaults)
    }
    guard let pairsNode = top["pairs"] else {
      throw reader.error(root, "there is no `pairs:` list: name at least one pair to watch.")
    }
    let items = try reader.sequence(pairsNode, what: "pairs")
    guard !items.isEmpty else { throw reader.error(pairsNode, "the `pairs:` list is empty.") }
    var pairs: [Pair] = []
    var seen: [String: Int] = [:]
    for item in items {
      let m = try reader.mapping(
        item, keys: ["pair", "window", "frequency", "rules"], what: "a pair")
      guard let pn = m["pair"] else { throw reader.error(item, "this pair has no `pair: A/B`.") }
      let text = try reader.string(pn, what: "pair")
      guard let named = Pair(parsing: text) else {
        throw reader.error(pn, "'\(text)' is not a pair: write it as A/B, e.g. ETH/RUT.")
      }
      var pair = defaults
      pair.a = named.a
      pair.b = named.b
      try reader.settings(m, into: &pair)
      if let line = seen[pair.key] {
        throw reader.error(pn, "\(pair.key) is watched twice (also on line \(line)).")
      }
      seen[pair.key] = pn.mark?.line ?? 0
      pairs.append(pair)
    }
    var list = Watchlist(pairs: pairs, path: path)
    if let c = top["channels"] {
      try reader.channels(c, into: &list)
    }
    return list
  }

  /// Reads the watchlist file at `path`.
  /// - Throws: ``WatchlistError`` when it cannot be read or is not a watchlist.
  public static func load(path: String) throws(WatchlistError) -> Watchlist {
    let expanded = NSString(string: path).expandingTildeInPath
    guard let data = FileManager.default.contents(atPath: expanded) else {
      throw WatchlistError(
        path: path,
        message: FileManager.default.fileExists(atPath: expanded)
          ? "cannot read the file." : "no such file; `decouple watch --init` writes an example.")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw WatchlistError(path: path, message: "the file is not UTF-8 text.")
    }
    return try parse(text, path: path)
  }

  static func syntax(_ error: YamlError, path: String) -> WatchlistError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return WatchlistError(
        path: path, line: mark.line, column: mark.column, message: "not valid YAML: \(problem).")
    case .duplicatedKeysInMapping(let duplicates, _):
      return WatchlistError(
        path: path, message: "a key is given twice: \(duplicates.joined(separator: ", ")).")
    default:
      return WatchlistError(path: path, message: "not valid YAML: \(error).")
    }
  }
}
