import DecoupleAnalysis
import DecoupleData
import Foundation

extension DecouplingReport {
  /// The `decouple analyze` JSON: the summary's keys, then `episodes`, `records`,
  /// `gapClosure` and `regimes` (docs/json.md).
  public var json: JSONValue { json(series: true) }

  /// The document; without the daily rows (`series`, and the drivers' `series`), the bulk of
  /// it, when `series` is false.
  public func json(series: Bool) -> JSONValue {
    let base = summary.json(series: series)
    guard case .object(var fields) = base else { return base }
    // One list of senses: the verdict names every sense that holds (the headline's count),
    // not only the four rolling measures the summary knows.
    if let at = fields.firstIndex(where: { $0.0 == "verdict" }),
      case .object(var verdict) = fields[at].1,
      let held = verdict.firstIndex(where: { $0.0 == "decoupledSenses" })
    {
      verdict[held].1 = .array(sensesHolding.map(JSONValue.string))
      fields[at].1 = .object(verdict)
    }
    let seriesAt = fields.firstIndex { $0.0 == "series" } ?? fields.count
    let added: [(String, JSONValue)] = [
      (
        "senses",
        .array(
          senses.map {
            .object([
              ("name", .string($0.name)), ("holds", $0.holds.map(JSONValue.bool) ?? .null),
              ("notCalled", $0.notCalled.map { .string($0.rawValue) } ?? .null),
            ])
          })
      ),
      ("episodes", .object(episodes.map { ($0.measure.rawValue, $0.json) })),
      (
        "records",
        .object(
          DecouplingMeasure.allCases.compactMap { m in records[m].map { (m.rawValue, $0.json) } })
      ),
      ("gapClosure", gapClosure.json(summary.nameA, summary.nameB)),
      ("longRun", longRun?.json(summary.nameA, summary.nameB) ?? .null),
      ("dcc", dynamic.dccJSON), ("relationshipBreaks", dynamic.breakJSON),
      ("drivers", drivers?.json(series: series) ?? .null),
      ("driversUnavailable", driversUnavailable.map(JSONValue.string) ?? .null),
      (
        "regimes",
        .object([
          ("a", regimeA.json), ("b", regimeB.json),
          ("sentence", .string(Regime.sentence(summary.nameA, regimeA, summary.nameB, regimeB))),
        ])
      ),
    ]
    fields.insert(contentsOf: added, at: seriesAt)
    return .object(fields)
  }

  /// The `decouple analyze` text: the summary, then the sections.
  public var text: String {
    let a = summary.nameA
    let b = summary.nameB
    // Every sense, in words, right after the four-measure findings: the list the headline
    // counts.
    // A sense that does not apply (no cointegration to break, no fit) is left out.
    let all = TextLayout.wrap(
      "Senses: " + sensesWords.joined(separator: ", ") + ".", width: TextStyle.columns,
      indent: 2)
    var lines = summary.textLines(afterVerdict: all)
    lines.append("")
    lines.append("Episodes")
    for sentence in episodeSentences {
      lines += TextLayout.wrap(sentence, width: TextStyle.columns, indent: 2, prefix: "· ")
    }
    if summary.identity == .identical {
      // Records and gap closure between a series and itself are rounding noise.
      lines.append("")
      lines += TextLayout.wrap(
        "Records and gap closure do not apply: \(a) and \(b) are the same series.",
        width: TextStyle.columns)
      lines += sectionsAfterGapClosure(a, b)
      return lines.joined(separator: "\n") + "\n"
    }
    lines.append("")
    lines.append("Records (is it distinguishable from the previous record?)")
    for sentence in recordSentences {
      lines += TextLayout.wrap(sentence, width: TextStyle.columns, indent: 2, prefix: "· ")
    }
    lines.append("")
    lines.append("Gap closure")
    lines += TextLayout.wrap(
      gapClosureSentence, width: TextStyle.columns, indent: 2, prefix: "· ")
    lines += sectionsAfterGapClosure(a, b)
    return lines.joined(separator: "\n") + "\n"
  }
}

extension DecouplingReport {
  /// One sentence per measure: its open episode (with why it may sit beside a sense that does
  /// not hold), or how many past episodes it had.
  var episodeSentences: [String] {
    episodes.map { h in
      h.currentSentence.map { $0 + episodeCaveat(h) }
        ?? "\(h.measure.label.prefix(1).uppercased() + h.measure.label.dropFirst()): "
        + "\(h.episodes.count) past episode\(h.episodes.count == 1 ? "" : "s"), none open now."
    }
  }

  /// The record check of each measure defined on the as-of day.
  var recordSentences: [String] {
    DecouplingMeasure.allCases.compactMap { records[$0]?.sentence }
  }

  /// The gap closure, introduced as a reference when the gap is not unusual now.
  var gapClosureSentence: String {
    let a = summary.nameA
    let b = summary.nameB
    let gapHolds = summary.verdict.findings.first { $0.measure == .gap }?.isDecoupled ?? false
    let sentence = gapClosure.sentence(a, b)
    return gapHolds
      ? sentence
      : "The gap is not called unusual now; for reference: " + sentence.prefix(1).lowercased()
        + sentence.dropFirst()
  }

  /// The senses in words: `correlation no, performance gap yes, …` (those that apply).
  var sensesWords: [String] {
    senses.filter { $0.holds != nil || $0.notCalled != nil }.map { sense in
      "\(sense.label) " + (sense.holds.map { $0 ? "yes" : "no" } ?? "not called")
    }
  }

  /// Dynamic correlation and change points, the long-run relation, the drivers and the
  /// regimes: the sections after gap closure.
  func sectionsAfterGapClosure(_ a: String, _ b: String) -> [String] {
    var lines: [String] = []
    let dynamicLines = dynamic.sentences(a, b)
    if !dynamicLines.isEmpty {
      lines.append("")
      lines.append("Dynamic correlation and change points")
      for t in dynamicLines {
        lines += TextLayout.wrap(t, width: TextStyle.columns, indent: 2, prefix: "· ")
      }
    }
    if let lr = longRun {
      lines.append("")
      lines.append("Long-run relation (cointegration)")
      lines += TextLayout.wrap(lr.sentence(a, b), width: TextStyle.columns, indent: 2, prefix: "· ")
    }
    if let d = drivers {
      lines.append("")
      lines.append("Drivers of \(a) (Shapley shares of R², \(d.window)-observation window)")
      let parts = d.summaryText.components(separatedBy: "\n\n")
      lines += TextLayout.wrap(
        parts[0].replacingOccurrences(of: "\n", with: " "), width: TextStyle.columns, indent: 2,
        prefix: "· ")
      for part in parts.dropFirst() {
        lines.append("")
        lines += part.split(separator: "\n").map { "  " + $0 }
      }
    } else if let why = driversUnavailable {
      lines.append("")
      lines.append("Drivers of \(a)")
      lines += TextLayout.wrap(
        "Not computed: " + why, width: TextStyle.columns, indent: 2, prefix: "· ")
    }
    lines.append("")
    lines.append("Regimes")
    lines += TextLayout.wrap(
      Regime.sentence(a, regimeA, b, regimeB), width: TextStyle.columns, indent: 2, prefix: "· ")
    return lines
  }

  /// Why an open episode may sit beside a sense that does not hold: the episode ends only when
  /// the measure leaves the wider band, or the history is too short to call it.
  func episodeCaveat(_ h: EpisodeHistory) -> String {
    guard let f = summary.verdict.findings.first(where: { $0.measure == h.measure }),
      !f.isDecoupled, let p = summary[h.measure].percentile
    else { return "" }
    switch f.notCalled {
    case .shortHistory?:
      return " With this little history it is not called decoupling."
    case .sameSeries?:
      return " The two series are the same, so it is not called decoupling."
    case nil:
      let exit = Int((h.rules.exit * 100).rounded())
      let enter = Int((h.rules.enter * 100).rounded())
      return " Today, at the \(Verdict.ordinal(p)) percentile, it is outside the extreme "
        + "\(enter)% that counts as decoupled but not yet out of the extreme \(exit)% that ends "
        + "an episode."
    }
  }
}

extension RecordCheck {
  var json: JSONValue {
    .object([
      ("measure", .string(measure.rawValue)), ("side", .string(side.rawValue)),
      ("current", .finite(current)),
      (
        "interval",
        interval.map { .object([("lower", .finite($0.lower)), ("upper", .finite($0.upper))]) }
          ?? .null
      ),
      ("level", .number(level)),
      (
        "previousRecord",
        previousRecord.map {
          .object([("value", .finite($0.value)), ("date", .string($0.date.iso))])
        }
          ?? .null
      ),
      ("pValue", .finite(pValue)), ("finding", .string(finding.rawValue)),
      ("earlierWindows", .integer(earlierWindows)), ("sentence", .string(sentence)),
    ])
  }
}

extension GapClosure {
  func json(_ a: String, _ b: String) -> JSONValue {
    .object([
      ("reference", .string(reference.iso)), ("referenceReason", .string(referenceReason)),
      ("logGap", .finite(logGap)), ("moveAAlone", .finite(moveAAlone)),
      ("moveBAlone", .finite(moveBAlone)), ("moveAToCancelDrift", .finite(moveAToCancelDrift)),
      ("moveBToCancelDrift", .finite(moveBToCancelDrift)),
      (
        "history",
        .object([
          ("occasions", .integer(history.occasions)), ("closed", .integer(history.closed)),
          ("medianDaysToClose", history.medianDays.map(JSONValue.integer) ?? .null),
          ("daysToClose", .array(history.daysToClose.map(JSONValue.integer))),
        ])
      ),
      ("sentence", .string(sentence(a, b))),
    ])
  }
}

extension Regime {
  var json: JSONValue {
    .object([
      ("kind", .string(kind.rawValue)), ("move", .finite(move)),
      ("trendScore", .finite(trendScore)),
      ("efficiencyRatio", .finite(efficiencyRatio)),
    ])
  }
}

extension ClaimCheck {
  public func json(_ report: DecouplingReport) -> JSONValue {
    let s = report.summary
    var claimFields: [(String, JSONValue)] = [
      ("name", .string(claim.name)), ("text", .string(claim.text(s.nameA, s.nameB))),
    ]
    switch claim {
    case .decoupledSince(let d): claimFields.append(("date", .string(d.iso)))
    case .correlationBelow(let x): claimFields.append(("threshold", .number(x)))
    case .supplyDeflationarySince(let d): claimFields.append(("date", .string(d.iso)))
    default: break
    }
    return .object([
      ("pair", .object([("a", .string(s.nameA)), ("b", .string(s.nameB))])),
      ("window", .integer(s.options.window)), ("asOf", .string(s.asOf.iso)),
      ("historyStart", .string(s.historyStart.iso)),
      ("claim", .object(claimFields)), ("verdict", .string(verdict.rawValue)),
      ("reason", .string(reason)), ("evidence", .array(evidence.map(JSONValue.string))),
      ("record", record?.json ?? .null),
    ])
  }

  public func text(_ report: DecouplingReport) -> String {
    let s = report.summary
    var lines =
      TextLayout.wrap(
        "Claim: \(claim.text(s.nameA, s.nameB)) (as of \(s.asOf.iso), window \(s.options.window))",
        width: TextStyle.columns, indent: 2) + [""]
    lines += TextLayout.wrap(
      verdict.rawValue.uppercased() + ". " + reason, width: TextStyle.columns)
    lines.append("")
    for e in evidence {
      lines += TextLayout.wrap(e, width: TextStyle.columns, indent: 2, prefix: "· ")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public var csv: String {
    CSVWriter.table(
      header: ["claim", "verdict", "reason"], rows: [[claim.name, verdict.rawValue, reason]])
  }
}

extension LongRunRelation {
  func json(_ a: String, _ b: String) -> JSONValue {
    let mr = meanReversion
    return .object([
      ("referenceStart", .string(referenceStart.iso)), ("referenceEnd", .string(referenceEnd.iso)),
      (
        "engleGranger",
        .object([
          ("statistic", .finite(engleGranger.statistic)), ("pValue", .finite(engleGranger.pValue)),
          ("lags", .integer(engleGranger.lags)),
        ])
      ),
      ("cointegrated", .bool(cointegrated)), ("hedgeRatio", .finite(hedgeRatio)),
      ("intercept", .finite(intercept)), ("deviation", .finite(deviation)),
      ("deviationZ", .finite(deviationZ)), ("deviationPercentile", .finite(deviationPercentile)),
      ("isBroken", .bool(isBroken)),
      ("halfLife", .finite(mr?.halfLife)), ("halfLifeLower", .finite(mr?.halfLifeLower)),
      ("halfLifeUpper", .finite(mr?.halfLifeUpper)),
      ("sentence", .string(sentence(a, b))),
    ])
  }
}

extension DynamicSenses {
  var dccJSON: JSONValue {
    guard let d = dcc else { return .null }
    return .object([
      ("a", .finite(d.a)), ("b", .finite(d.b)), ("current", .finite(d.summary.current)),
      ("percentile", .finite(d.summary.percentile)), ("recordLow", d.summary.recordLow.json),
      ("recordHigh", d.summary.recordHigh.json), ("isDecoupled", .bool(d.isDecoupled)),
    ])
  }

  var breakJSON: JSONValue {
    guard let b = relationshipBreak else { return .null }
    return .object([
      ("method", .string("pelt-linear-bic")),
      ("changes", .array(b.changes.map { .string($0.iso) })),
      ("segmentBetas", .array(b.segmentBetas.map { .finite($0) })), ("isRecent", .bool(b.isRecent)),
    ])
  }
}
