import DecoupleAnalysis
import DecoupleData
import Foundation

extension Episode {
  /// How it ended, in words for this pair; `short` drops the gloss on "rolled off" (for a
  /// table whose legend explains it).
  public func endingText(_ a: String, _ b: String, short: Bool = false) -> String {
    switch (ending, side) {
    case (.open, _): "still open"
    case (.recovered, _): "recovered"
    case (.rolledOff, _): short ? "rolled off" : "rolled off, never converged"
    case (.both, _): "both moved"
    case (.aMoved, .low): "\(a) caught up"
    case (.aMoved, .high): "\(a) gave back its lead"
    case (.bMoved, .low): "\(b) came back down"
    case (.bMoved, .high): "\(b) caught up"
    }
  }

  var json: JSONValue {
    .object([
      ("measure", .string(measure.rawValue)), ("side", .string(side.rawValue)),
      ("start", .string(start.iso)), ("lastDay", .string(lastDay.iso)),
      ("end", end.map { .string($0.iso) } ?? .null), ("duration", .integer(duration)),
      ("calendarDays", .integer(calendarDays)),
      (
        "extreme",
        .object([("value", .finite(extreme.value)), ("date", .string(extreme.date.iso))])
      ),
      ("extremePercentile", .finite(extremePercentile)), ("ending", .string(ending.rawValue)),
      ("moveA", .finite(moveA)), ("moveB", .finite(moveB)),
    ])
  }
}

extension EpisodeHistory {
  public var json: JSONValue {
    .object([
      ("measure", .string(measure.rawValue)),
      ("rules", .object([("enter", .number(rules.enter)), ("exit", .number(rules.exit))])),
      ("count", .integer(episodes.count)),
      ("current", current?.json ?? .null),
      ("currentLongerThan", currentLongerThan.map(JSONValue.integer) ?? .null),
      ("currentDeeperThan", currentDeeperThan.map(JSONValue.integer) ?? .null),
      ("pastCount", .integer(past.count)),
      ("currentSentence", currentSentence.map(JSONValue.string) ?? .null),
      ("episodes", .array(episodes.map(\.json))),
    ])
  }
}

/// The output of `decouple episodes A B`.
public struct EpisodeListing: Sendable {
  public var summary: DecouplingSummary
  public var histories: [EpisodeHistory]

  public init(summary: DecouplingSummary, histories: [EpisodeHistory]) {
    self.summary = summary
    self.histories = histories
  }

  public static let columns = [
    "measure", "side", "start", "end", "duration", "calendarDays", "extreme", "extremeDate",
    "extremePercentile", "ending", "moveA", "moveB",
  ]

  public var json: JSONValue {
    .object([
      ("pair", .object([("a", .string(summary.nameA)), ("b", .string(summary.nameB))])),
      ("window", .integer(summary.options.window)), ("asOf", .string(summary.asOf.iso)),
      ("historyStart", .string(summary.historyStart.iso)),
      ("measures", .object(histories.map { ($0.measure.rawValue, $0.json) })),
    ])
  }

  public var csv: String {
    CSVWriter.table(
      header: Self.columns,
      rows: histories.flatMap { h in
        h.episodes.map { e in
          [
            e.measure.rawValue, e.side.rawValue, e.start.iso, e.end?.iso ?? "", String(e.duration),
            String(e.calendarDays), CSVWriter.number(e.extreme.value), e.extreme.date.iso,
            CSVWriter.number(e.extremePercentile), e.ending.rawValue, CSVWriter.number(e.moveA),
            CSVWriter.number(e.moveB),
          ]
        }
      })
  }

  public var text: String {
    let s = summary
    var lines = [
      "\(s.nameA) vs \(s.nameB): decoupling episodes to \(s.asOf.iso)"
    ]
    lines += TextLayout.wrap(
      "Window \(s.options.window) · an episode starts when a measure enters the extreme "
        + "\(Int((histories.first?.rules.enter ?? 0.1) * 100))% of its history so far and ends "
        + "when it leaves the extreme \(Int((histories.first?.rules.exit ?? 0.25) * 100))%. "
        + "\"Rolled off\": the measure normalised as the window moved past the divergence, but "
        + "the price levels closed less than half of it.", width: TextStyle.columns)
    lines.append("")
    for h in histories {
      let open = h.current == nil ? "; none open now" : ""
      lines.append(
        "\(h.measure.label): \(h.episodes.count) episode\(h.episodes.count == 1 ? "" : "s")\(open)")
      if let sentence = h.currentSentence {
        lines += TextLayout.wrap(sentence, width: TextStyle.columns, indent: 2, prefix: "  ")
      }
      guard !h.episodes.isEmpty else {
        lines.append("")
        continue
      }
      let rows = h.episodes.map { e in
        [
          e.side.rawValue, e.start.iso, e.end?.iso ?? "open", String(e.duration),
          TextLayout.value(e.extreme.value, h.measure), e.extreme.date.iso,
          e.endingText(s.nameA, s.nameB, short: true),
        ]
      }
      lines += TextLayout.table(
        header: ["side", "start", "end", "obs", "extreme", "on", "how it ended"], rows: rows,
        rightAligned: [3, 4]
      ).map { "  " + $0 }
      lines.append("")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
