import DecoupleAnalysis
import DecoupleData
import DecoupleWatch
import Testing

/// Reading watchlists: the example, every rule, and errors that name line and column.
@Suite struct WatchlistTests {
  @Test func exampleParses() throws {
    let list = try Watchlist.parse(Watchlist.example, path: "watch.yaml")
    #expect(list.pairs.map(\.key) == ["ETH/RUT w90 daily", "BTC/QQQ w60 daily"])
    #expect(list.pairs[0].rules == AlertRule.defaults)
    #expect(
      list.pairs[1].rules.map(\.key) == [
        "below-correlation-0.2-0.3", "gap-beyond-0.3-0.2", "record-correlation-within-0.05",
        "change-point", "leaves-gap-0.1-0.25",
      ])
    #expect(list.log == "~/.local/share/decouple/alerts.jsonl")
    #expect(list.channels == ["log"])
    #expect(list.symbols == ["ETH", "RUT", "BTC", "QQQ"])
  }

  @Test func defaultsApplyToPairsThatNameNone() throws {
    let text = """
      defaults:
        window: 60
        rules:
          - when: enters
            sense: correlation
            enter: 0.05
      pairs:
        - pair: eth/rut
        - pair: BTC/SPX
          window: 120
      channels:
        webhooks:
          - name: team
            url-env: HOOK_URL
            format: slack
            headers: {Authorization: "Bearer ${TOKEN}"}
      """
    let list = try Watchlist.parse(text, path: "w.yaml")
    #expect(list.pairs.map(\.key) == ["ETH/RUT w60 daily", "BTC/SPX w120 daily"])
    #expect(list.pairs[1].rules == [AlertRule(.enters(.correlation, EpisodeRules(enter: 0.05)))])
    #expect(list.channels == ["webhook:team"])
    #expect(list.webhooks[0].urlEnv == "HOOK_URL" && list.webhooks[0].format == "slack")
    #expect(list.webhooks[0].headers == ["Authorization": "Bearer ${TOKEN}"])
  }

  /// Each bad file names the line and column of its problem.
  @Test(arguments: [
    (
      "pairs:\n  - pair: ETH/RUT\n    rules:\n      - when: enters\n        sense: corelation\n",
      "w.yaml:5:16: unknown sense 'corelation'"
    ),
    ("pairs:\n  - pair: ETH-RUT\n", "w.yaml:2:11: 'ETH-RUT' is not a pair"),
    ("pairs:\n  - pair: ETH/RUT\n    windw: 60\n", "w.yaml:3:5: unknown key 'windw' in a pair"),
    ("pairs:\n  - pair: ETH/RUT\n    window: 5\n", "w.yaml:3:13: window 5 is out of range"),
    (
      "pairs:\n  - pair: ETH/RUT\n    rules:\n      - when: crosses\n",
      "w.yaml:4:15: unknown rule 'crosses'"
    ),
    (
      "pairs:\n  - pair: ETH/RUT\n    rules:\n      - when: below\n        sense: beta\n",
      "w.yaml:4:9: a `below` rule needs `level:`"
    ),
    (
      "pairs:\n  - pair: ETH/RUT\n    rules:\n      - when: enters\n        enter: 0.2\n        exit: 0.1\n",
      "w.yaml:6:15: exit 0.1 should be at least enter 0.2"
    ),
    (
      "pairs:\n  - pair: ETH/RUT\n  - pair: eth/rut\n",
      "w.yaml:3:11: ETH/RUT w90 daily is watched twice (also on line 2)"
    ),
    ("pairs: [ETH/RUT\n", "w.yaml:2:1: not valid YAML"),
    (
      "pairs:\n  - pair: ETH/RUT\nchannels:\n  webhooks:\n    - name: x\n",
      "w.yaml:5:7: webhook 'x' needs one of `url:` or `url-env:`"
    ),
    ("defaults:\n  window: 60\n", "w.yaml:1:1: there is no `pairs:` list"),
  ])
  func errorsNameTheirPlace(text: String, expected: String) {
    #expect(throws: WatchlistError.self) { try Watchlist.parse(text, path: "w.yaml") }
    do {
      _ = try Watchlist.parse(text, path: "w.yaml")
    } catch {
      #expect(error.description.hasPrefix(expected), "\(error.description)")
    }
  }

  /// The dynamic (DCC-GARCH) correlation is a sense of `enters` and `leaves` only.
  @Test func dynamicCorrelationIsASenseOfEpisodes() throws {
    let text = """
      pairs:
        - pair: ETH/RUT
          rules:
            - when: enters
              sense: [correlation, dynamic-correlation]
      """
    let list = try Watchlist.parse(text, path: "w.yaml")
    #expect(
      list.pairs[0].rules.map(\.key) == [
        "enters-correlation-0.1-0.25", "enters-dynamic-correlation-0.1-0.25",
      ])
    let bad = "pairs:\n  - pair: ETH/RUT\n    rules:\n      - when: record\n        sense: dcc\n"
    #expect(throws: WatchlistError.self) { try Watchlist.parse(bad, path: "w.yaml") }
    do {
      _ = try Watchlist.parse(bad, path: "w.yaml")
    } catch {
      #expect(error.description == "w.yaml:5:16: this rule does not take the dynamic correlation.")
    }
  }

  @Test func missingFileSaysHowToStart() {
    do {
      _ = try Watchlist.load(path: "/nonexistent/watch.yaml")
      Issue.record("no error")
    } catch {
      #expect(error.description.contains("decouple watch --init"))
    }
  }
}
