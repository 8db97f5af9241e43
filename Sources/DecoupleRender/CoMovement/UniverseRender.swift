import DecoupleAnalysis
import DecoupleData
import DecoupleStats

extension UniverseScan {
  public var json: JSONValue {
    .object([
      ("a", .string(nameA)), ("universe", .string(universe)), ("window", .integer(options.window)),
      ("returns", .string(options.returns.rawValue)),
      ("frequency", .string(options.frequency.rawValue)),
      ("since", since.map { .string($0.iso) } ?? .null), ("sort", .string(order.rawValue)),
      (
        "members",
        .array(
          entries.enumerated().map { rank, e in
            .object([
              ("rank", .integer(rank + 1)), ("name", .string(e.name)),
              ("asOf", e.asOf.map { .string($0.iso) } ?? .null),
              ("correlation", .finite(e.correlation)), ("beta", .finite(e.beta)),
              ("pastCorrelation", since == nil ? .null : .finite(e.pastCorrelation)),
              ("change", since == nil ? .null : .finite(e.change)),
              ("sameAsset", .bool(e.isSameAsset)),
            ])
          })
      ),
    ])
  }

  public var csv: String {
    CSVWriter.table(
      header: ["rank", "name", "asOf", "correlation", "beta", "pastCorrelation", "change"],
      rows: entries.enumerated().map { rank, e in
        [String(rank + 1), e.name, e.asOf?.iso ?? ""]
          + [e.correlation, e.beta, e.pastCorrelation, e.change].map(CSVWriter.number)
      })
  }

  public var text: String {
    // The same asset from another source is listed, marked, and never called "closest".
    let defined = entries.filter { $0.correlation.isFinite && !$0.isSameAsset }.sorted {
      $0.correlation > $1.correlation
    }
    let ranking =
      order == .correlation ? "highest first" : "largest fall since \(since?.iso ?? "–") first"
    var lines = [
      "\(nameA) against \(entries.count) members of \(universe): \(options.window)-observation "
        + "correlation, \(ranking)"
    ]
    if let top = defined.first, let bottom = defined.last {
      lines.append(
        "Closest: \(top.name) (\(Num.f(top.correlation))); furthest: \(bottom.name) "
          + "(\(Num.f(bottom.correlation))).")
    }
    if since != nil {
      let moved = defined.filter { $0.change.isFinite }.max { abs($0.change) < abs($1.change) }
      if let moved {
        lines.append(
          "Largest change since \(since!.iso): \(moved.name) "
            + "(\(Num.f(moved.pastCorrelation)) → \(Num.f(moved.correlation))).")
      }
    }
    lines.append("")
    lines += TextLayout.table(
      header: ["#", "member", "as of", "correlation", "beta"]
        + (since == nil ? [] : ["then", "change"]),
      rows: entries.enumerated().map { rank, e in
        [
          String(rank + 1), e.name + (e.isSameAsset ? " (same asset)" : ""), e.asOf?.iso ?? "–",
          Num.f(e.correlation), Num.f(e.beta),
        ]
          + (since == nil ? [] : [Num.f(e.pastCorrelation), Num.f(e.change)])
      }, rightAligned: [0, 3, 4, 5, 6])
    return lines.joined(separator: "\n") + "\n"
  }
}

extension CorrelationMatrixReport {
  public var json: JSONValue {
    let k = names.count
    return .object(
      [
        ("names", .array(names.map(JSONValue.string))), ("window", .integer(options.window)),
        ("returns", .string(options.returns.rawValue)),
        ("frequency", .string(options.frequency.rawValue)),
        ("pairwiseComplete", .bool(pairwiseComplete)),
        ("asOf", asOf.map { .string($0.iso) } ?? .null),
        ("matrix", .array((0..<k).map { i in .array((0..<k).map { .finite(matrix[i, $0]) }) })),
        (
          "counts",
          .array((0..<k).map { i in .array((0..<k).map { .integer(matrix.counts[i * k + $0]) }) })
        ),
        ("order", linkage.map { l in .array(l.leafOrder.map { .string(names[$0]) }) } ?? .null),
        ("clusterNote", clusterNote.map(JSONValue.string) ?? .null),
        (
          "linkage",
          linkage.map { l in
            .array(
              l.merges.map { m in
                .object([
                  ("first", .integer(m.first)), ("second", .integer(m.second)),
                  ("distance", .finite(m.distance)), ("size", .integer(m.size)),
                ])
              })
          } ?? .null
        ),
      ] + historyJSON)
  }

  /// `averageCorrelation` (only with `--history`): `pairs` in the universe and one point a day.
  private var historyJSON: [(String, JSONValue)] {
    guard let history else { return [] }
    return [
      (
        "averageCorrelation",
        .object([
          ("pairs", .integer(history.pairCount)),
          (
            "series",
            .array(
              history.points.map { p in
                .object([
                  ("date", .string(p.date.iso)), ("average", .finite(p.average)),
                  ("pairs", .integer(p.pairs)),
                ])
              })
          ),
        ])
      )
    ]
  }

  /// Rows and columns in leaf order when clustered, else as given.
  var order: [Int] { linkage?.leafOrder ?? Array(names.indices) }

  public var csv: String {
    CSVWriter.table(
      header: ["name"] + order.map { names[$0] },
      rows: order.map { i in [names[i]] + order.map { CSVWriter.number(matrix[i, $0]) } })
  }

  public var text: String {
    var lines = TextLayout.wrap(
      "Correlation of \(names.count) series, last \(options.window) "
        + "\(pairwiseComplete ? "returns of each pair" : "common returns")"
        + " as of \(asOf?.iso ?? "–")"
        + "\(linkage == nil ? "" : ", clustered (average linkage on 1 − r)")",
      width: TextStyle.columns)
    if let clusterNote { lines += TextLayout.wrap(clusterNote, width: TextStyle.columns) }
    lines.append("")
    let short = order.map { String(names[$0].split(separator: "/").last!.prefix(8)) }
    let table = TextLayout.table(
      header: [""] + short,
      rows: order.enumerated().map { n, i in [short[n]] + order.map { Num.f(matrix[i, $0]) } },
      rightAligned: Set(1...max(1, names.count)))
    if table.allSatisfy({ $0.count <= TextStyle.columns }) {
      lines += table
    } else {
      // Too wide for the width: the extreme pairs and the order; the matrix is in CSV/JSON.
      var pairs: [(Double, Int, Int)] = []
      for i in names.indices {
        for j in names.indices where j > i && matrix[i, j].isFinite {
          pairs.append((matrix[i, j], i, j))
        }
      }
      pairs.sort { $0.0 > $1.0 }
      func line(_ p: (Double, Int, Int)) -> [String] { [names[p.1], names[p.2], Num.f(p.0)] }
      lines.append("Most correlated pairs:")
      lines += TextLayout.table(
        header: ["a", "b", "r"], rows: pairs.prefix(5).map(line), rightAligned: [2])
      lines.append("")
      lines.append("Least correlated pairs:")
      lines += TextLayout.table(
        header: ["a", "b", "r"], rows: pairs.suffix(5).reversed().map(line), rightAligned: [2])
      if linkage != nil {
        lines.append("")
        lines += TextLayout.wrap(
          "Cluster order: " + order.map { names[$0] }.joined(separator: " "),
          width: TextStyle.columns,
          indent: 2)
      }
      lines.append("")
      lines.append("The full matrix is too wide for text: use --format csv or json.")
    }
    if let history, let last = history.points.last,
      let low = history.points.min(by: { $0.average < $1.average }),
      let high = history.points.max(by: { $0.average < $1.average })
    {
      lines.append("")
      lines += TextLayout.wrap(
        "Average pairwise correlation: \(Num.f(last.average)) on \(last.date.iso) over "
          + "\(last.pairs) of \(history.pairCount) pairs; lowest \(Num.f(low.average)) on "
          + "\(low.date.iso), highest \(Num.f(high.average)) on \(high.date.iso) (every day in "
          + "--format json).", width: TextStyle.columns)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
