import DecoupleAnalysis
import DecoupleSeries
import Yams

/// Reads a watchlist's YAML nodes into values, each error naming the node's line and column.
struct NodeReader {
  var path: String

  func error(_ node: Node, _ message: String) -> WatchlistError {
    WatchlistError(path: path, line: node.mark?.line, column: node.mark?.column, message: message)
  }

  /// The mapping's values by key; a key outside `keys` is an error listing the known ones.
  func mapping(_ node: Node, keys: [String], what: String) throws(WatchlistError) -> [String: Node]
  {
    guard case .mapping(let m) = node else {
      throw error(node, "\(what) should be a mapping of \(keys.joined(separator: ", ")).")
    }
    var out: [String: Node] = [:]
    for (k, v) in m {
      guard let key = k.string else { throw error(k, "a key should be text.") }
      guard keys.contains(key) else {
        throw error(k, "unknown key '\(key)' in \(what) (known: \(keys.joined(separator: ", "))).")
      }
      out[key] = v
    }
    return out
  }

  func sequence(_ node: Node, what: String) throws(WatchlistError) -> [Node] {
    guard case .sequence(let s) = node else { throw error(node, "\(what) should be a list.") }
    return Array(s)
  }

  func string(_ node: Node, what: String) throws(WatchlistError) -> String {
    guard case .scalar(let s) = node, !s.string.isEmpty else {
      throw error(node, "\(what) should be a value.")
    }
    return s.string
  }

  func number(_ node: Node, what: String, in range: ClosedRange<Double>) throws(WatchlistError)
    -> Double
  {
    let text = try string(node, what: what)
    guard let v = Double(text), v.isFinite else {
      throw error(node, "\(what) should be a number, not '\(text)'.")
    }
    guard range.contains(v) else {
      throw error(
        node,
        "\(what) \(text) is out of range: it should be from \(range.lowerBound) to "
          + "\(range.upperBound).")
    }
    return v
  }

  /// The window, frequency and rules given in `m`, over `pair`'s.
  func settings(_ m: [String: Node], into pair: inout Watchlist.Pair) throws(WatchlistError) {
    if let w = m["window"] {
      let v = try number(w, what: "window", in: Double(DecouplingAnalysis.minimumWindow)...5000)
      guard v == v.rounded() else {
        throw error(w, "window should be a whole number of observations.")
      }
      pair.window = Int(v)
    }
    if let f = m["frequency"] {
      let text = try string(f, what: "frequency")
      guard let freq = Frequency(rawValue: text.lowercased()) else {
        throw error(f, "unknown frequency '\(text)' (known: daily, weekly).")
      }
      pair.frequency = freq
    }
    if let r = m["rules"] {
      let items = try sequence(r, what: "rules")
      guard !items.isEmpty else { throw error(r, "the `rules:` list is empty.") }
      var rules: [AlertRule] = []
      for item in items { rules += try self.rules(item) }
      pair.rules = rules
    }
  }

  static let senseNames: [String: DecouplingMeasure] = [
    "correlation": .correlation, "gap": .gap, "performance-gap": .gap,
    "residual-drift": .residualDrift, "residualdrift": .residualDrift, "beta": .beta,
  ]

  /// One sense, or a list of them; `nil` node means every rolling sense.
  func senses(_ node: Node?, single: Bool) throws(WatchlistError) -> [DecouplingMeasure] {
    var dynamic = false
    let out = try senses(node, single: single, dynamic: &dynamic)
    if dynamic { throw error(node!, "this rule does not take the dynamic correlation.") }
    return out
  }

  /// As ``senses(_:single:)``, with `dynamic-correlation` (DCC-GARCH) allowed: set in
  /// `dynamic` rather than listed.
  func senses(_ node: Node?, single: Bool, dynamic: inout Bool) throws(WatchlistError)
    -> [DecouplingMeasure]
  {
    guard let node else { return DecouplingMeasure.allCases }
    let items: [Node]
    if case .sequence(let s) = node { items = Array(s) } else { items = [node] }
    if single && items.count != 1 { throw error(node, "this rule takes one sense.") }
    var out: [DecouplingMeasure] = []
    for item in items {
      let text = try string(item, what: "sense")
      if ["dynamic-correlation", "dcc"].contains(text.lowercased()) {
        dynamic = true
        continue
      }
      guard let m = Self.senseNames[text.lowercased()] else {
        throw error(
          item,
          "unknown sense '\(text)' (known: correlation, gap, residual-drift, beta, "
            + "dynamic-correlation).")
      }
      out.append(m)
    }
    return out
  }

  static let ruleKeys: [String: [String]] = [
    "enters": ["sense", "enter", "exit"], "leaves": ["sense", "enter", "exit"],
    "below": ["sense", "level", "rearm"], "above": ["sense", "level", "rearm"],
    "gap-beyond": ["size", "rearm"], "record": ["sense", "within"], "change-point": [],
  ]

  /// The rules one list item describes (a list of senses gives one rule per sense).
  func rules(_ node: Node) throws(WatchlistError) -> [AlertRule] {
    guard case .mapping = node else {
      throw error(node, "a rule should be a mapping starting with `when:`.")
    }
    let loose = try mapping(
      node, keys: ["when", "sense", "enter", "exit", "level", "rearm", "size", "within"],
      what: "a rule")
    guard let whenNode = loose["when"] else {
      throw error(
        node,
        "this rule has no `when:` (one of \(Self.ruleKeys.keys.sorted().joined(separator: ", "))).")
    }
    let when = try string(whenNode, what: "when").lowercased()
    guard let allowed = Self.ruleKeys[when] else {
      throw error(
        whenNode,
        "unknown rule '\(when)' (known: \(Self.ruleKeys.keys.sorted().joined(separator: ", "))).")
    }
    let m = try mapping(node, keys: ["when"] + allowed, what: "a `\(when)` rule")
    switch when {
    case "enters", "leaves":
      let enter =
        try m["enter"].map { n throws(WatchlistError) in
          try number(n, what: "enter", in: 0.001...0.499)
        } ?? 0.10
      let exit =
        try m["exit"].map { n throws(WatchlistError) in
          try number(n, what: "exit", in: 0.001...0.499)
        } ?? max(0.25, enter)
      guard exit >= enter else {
        throw error(m["exit"] ?? node, "exit \(exit) should be at least enter \(enter).")
      }
      let r = EpisodeRules(enter: enter, exit: exit)
      var dynamic = false
      let rolling = try senses(m["sense"], single: false, dynamic: &dynamic)
      return rolling.map { AlertRule(when == "enters" ? .enters($0, r) : .leaves($0, r)) }
        + (dynamic ? [AlertRule(when == "enters" ? .entersDynamic(r) : .leavesDynamic(r))] : [])
    case "below", "above":
      guard let ln = m["level"] else { throw error(node, "a `\(when)` rule needs `level:`.") }
      guard m["sense"] != nil else { throw error(node, "a `\(when)` rule needs `sense:`.") }
      let sense = try senses(m["sense"], single: true)[0]
      let level = try number(ln, what: "level", in: -100...100)
      let rearm =
        try m["rearm"].map { n throws(WatchlistError) in
          try number(n, what: "rearm", in: -100...100)
        } ?? level
      if when == "below" && rearm < level || when == "above" && rearm > level {
        throw error(
          m["rearm"]!,
          "rearm \(rearm) should be \(when == "below" ? "at or above" : "at or below") "
            + "the level \(level), where the alert is armed again.")
      }
      return [
        AlertRule(
          when == "below"
            ? .below(sense, level: level, rearm: rearm) : .above(sense, level: level, rearm: rearm))
      ]
    case "gap-beyond":
      guard let sn = m["size"] else {
        throw error(node, "a `gap-beyond` rule needs `size:` (log points: 0.30 is 30 pts).")
      }
      let size = try number(sn, what: "size", in: 0.001...100)
      let rearm =
        try m["rearm"].map { n throws(WatchlistError) in try number(n, what: "rearm", in: 0...100) }
        ?? size
      guard rearm <= size else {
        throw error(m["rearm"]!, "rearm \(rearm) should be at most the size \(size).")
      }
      return [AlertRule(.gapBeyond(size: size, rearm: rearm))]
    case "record":
      let within = try m["within"].map { n throws(WatchlistError) in
        try number(n, what: "within", in: 0...100)
      }
      return try senses(m["sense"], single: false).map { AlertRule(.record($0, within: within)) }
    default:
      return [AlertRule(.changePoint)]
    }
  }

  /// The `channels:` mapping: `log:` and `webhooks:`.
  func channels(_ node: Node, into list: inout Watchlist) throws(WatchlistError) {
    let m = try mapping(node, keys: ["log", "webhooks"], what: "channels")
    if let l = m["log"] { list.log = try string(l, what: "log") }
    guard let w = m["webhooks"] else { return }
    var names = Set<String>()
    for item in try sequence(w, what: "webhooks") {
      let h = try mapping(
        item, keys: ["name", "url", "url-env", "format", "headers", "attempts"], what: "a webhook")
      let name =
        try h["name"].map { n throws(WatchlistError) in try string(n, what: "name") }
        ?? "webhook\(names.count + 1)"
      guard names.insert(name).inserted else {
        throw error(h["name"] ?? item, "two webhooks are named '\(name)'.")
      }
      var spec = Watchlist.WebhookSpec(name: name)
      spec.url = try h["url"].map { n throws(WatchlistError) in try string(n, what: "url") }
      spec.urlEnv = try h["url-env"].map { n throws(WatchlistError) in
        try string(n, what: "url-env")
      }
      guard (spec.url == nil) != (spec.urlEnv == nil) else {
        throw error(
          item, "webhook '\(name)' needs one of `url:` or `url-env:` (the variable holding it).")
      }
      if let u = spec.url, !(u.hasPrefix("http://") || u.hasPrefix("https://")) {
        throw error(h["url"]!, "'\(u)' is not an http(s) URL.")
      }
      if let f = h["format"] {
        let text = try string(f, what: "format").lowercased()
        guard ["json", "slack"].contains(text) else {
          throw error(f, "unknown webhook format '\(text)' (known: json, slack).")
        }
        spec.format = text
      }
      if let a = h["attempts"] {
        spec.attempts = Int(try number(a, what: "attempts", in: 1...20))
      }
      if let hn = h["headers"] {
        guard case .mapping(let hm) = hn else {
          throw error(hn, "headers should be a mapping of name: value.")
        }
        for (k, v) in hm {
          spec.headers[try string(k, what: "a header name")] = try string(v, what: "a header value")
        }
      }
      list.webhooks.append(spec)
    }
  }
}
