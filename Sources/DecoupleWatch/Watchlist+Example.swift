extension Watchlist {
  /// The commented example `decouple watch --init` writes: it parses (a test checks) and
  /// watches ETH/RUT with the default rules.
  public static let example = """
    # Decouple watchlist. `decouple watch --once` checks every pair on its last closed day;
    # `decouple watch --every 1h` keeps checking; `decouple watch --replay 2018-01-01` shows the
    # alerts these rules would have raised since then. An alert fires once per stretch of days
    # its condition holds, not on every run.

    defaults:
      window: 90            # rolling window, in observations (at least 20)
      frequency: daily      # daily or weekly
      rules:                # the rules of every pair that names none
        # A decoupling sense enters its extreme: an episode opens, exactly as
        # `decouple episodes` finds them (percentile of the measure's own history so far).
        - when: enters
          sense: [correlation, gap, residual-drift, beta]
          enter: 0.10       # opens in the bottom 10% (gap and drift: or the top 10%)
          exit: 0.25        # closes once back past 25%

    pairs:
      - pair: ETH/RUT       # default rules
      - pair: BTC/QQQ
        window: 60
        rules:
          - when: below     # correlation falls below a level (or `above`)
            sense: correlation
            level: 0.2
            rearm: 0.3      # armed again once back at or above 0.3
          - when: gap-beyond
            size: 0.30      # the window's performance gap passes 30 pts, either way
            rearm: 0.20     # armed again once back within 20 pts
          - when: record    # a record, told apart from the previous one at 95%
            sense: correlation
            within: 0.05    # or within 0.05 of it
          - when: change-point   # the BTC-on-QQQ relationship changed inside the window
          - when: leaves    # an episode ends
            sense: gap

    channels:
      log: ~/.local/share/decouple/alerts.jsonl   # one JSON object per line
      # webhooks:
      #   - name: team
      #     url-env: DECOUPLE_WEBHOOK_URL          # the URL is a secret: read it from the environment
      #     format: slack                          # or json (the documented body)
      #     headers: {Authorization: "Bearer ${DECOUPLE_WEBHOOK_TOKEN}"}
      #     attempts: 4                            # tries per run, with backoff; then retried next run

    """
}
