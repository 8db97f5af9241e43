import DecoupleAnalysis
import DecoupleData
import DecoupleStats

extension UniverseScan {
  public var json: JSONValue {
    .object([
      ("a", .string(nameA)), ("universe", .string(universe)), ("window", .integer(options.window)),
      ("returns", .string(options.returns.rawValue)),
      ("frequency", .string(options.frequency.rawValue)),
      ("since", since.map { .string($0.iso) } ?? .null),
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
    let defined = entries.filter { $0.correlation.isFinite }
    var lines = [
      "\(nameA) against \(entries.count) members of \(universe): \(options.window)-day "
        + "correlation, highest first"
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
        [String(rank + 1), e.name, e.asOf?.iso ?? "–", Num.f(e.correlation), Num.f(e.beta)]
          + (since == nil ? [] : [Num.f(e.pastCorrelation), Num.f(e.change)])
      }, rightAligned: [0, 3, 4, 5, 6])
    return lines.joined(separator: "\n") + "\n"
  }
}

extension CorrelationMatrixReport {
  public var json: JSONValue {
    let k = names.count
    return .object([
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
    ])
  }

  /// Rows and columns in leaf order when clustered, else as given.
  var order: [Int] { linkage?.leafOrder ?? Array(names.indices) }

  public var csv: String {
    CSVWriter.table(
      header: ["name"] + order.map { names[$0] },
      rows: order.map { i in [names[i]] + order.map { CSVWriter.number(matrix[i, $0]) } })
  }

  public var text: String {
    var lines = [
      "Correlation of \(names.count) series, last \(options.window) "
        + "\(pairwiseComplete ? "returns of each pair" : "common returns")"
        + " as of \(asOf?.iso ?? "–")\(linkage == nil ? "" : ", clustered (average linkage on 1 − r)")"
    ]
    lines.append("")
    let short = order.map { String(names[$0].split(separator: "/").last!.prefix(8)) }
    lines += TextLayout.table(
      header: [""] + short,
      rows: order.enumerated().map { n, i in [short[n]] + order.map { Num.f(matrix[i, $0]) } },
      rightAligned: Set(1...max(1, names.count)))
    return lines.joined(separator: "\n") + "\n"
  }
}
