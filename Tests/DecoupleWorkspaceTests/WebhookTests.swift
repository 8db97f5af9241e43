import DecoupleConnectors
import DecoupleWorkspace
import FakeMarketServer
import Foundation
import Testing

@Suite struct WebhookTests {
  let body = Data(#"{"id":"eth-rut-2026-11-20","pair":"ETH/RUT","corr":0.12}"#.utf8)
  let text = "ETH/RUT decoupled: 60-day correlation 0.12 (5th percentile)"
  let id = "eth-rut-2026-11-20"
  /// Retries quickly, so fault tests stay fast.
  let fast = RetryPolicy(attempts: 3, baseDelay: 0.01, timeout: 5)

  func hook(_ receiver: WebhookReceiver, format: Webhook.Format = .json) -> Webhook {
    Webhook(name: "ops", url: .value(receiver.url.absoluteString), format: format, policy: fast)
  }

  @Test func deliversAfterTwoFailuresAndTheReceiverAcceptsItOnce() async throws {
    try await withReceiver { receiver in
      receiver.respond(.failFirst(2))
      let d = try await hook(receiver).deliver(
        id: id, body: body, text: text, environment: [:], http: HTTPClient())
      #expect(d == Webhook.Delivery(status: 200, attempts: 3))
      #expect(receiver.requests.map(\.status) == [500, 500, 200])
      #expect(receiver.accepted == [body])
      let headers = try #require(receiver.requests.last?.headers)
      #expect(headers["content-type"] == "application/json")
      #expect(headers["idempotency-key"] == id)
      #expect(headers["x-decouple-alert-id"] == id)
    }
  }

  @Test func status400FailsAtOnceNamingTheStatus() async throws {
    try await withReceiver { receiver in
      receiver.respond(.reject(status: 400))
      let e = await deliveryError {
        try await hook(receiver).deliver(
          id: id, body: body, text: text, environment: [:], http: HTTPClient())
      }
      #expect(
        e
          == .rejected(
            webhook: "ops", destination: "http://127.0.0.1:\(receiver.port)/…", status: 400,
            detail: "this receiver refuses the alert", attempts: 1))
      #expect(
        e?.description
          == "Webhook 'ops': http://127.0.0.1:\(receiver.port)/… refused the alert with HTTP 400 "
          + "(after 1 attempt): this receiver refuses the alert.")
      #expect(receiver.requests.count == 1)
      #expect(receiver.accepted.isEmpty)
    }
  }

  @Test func serverErrorsOnEveryAttemptSayHowMany() async throws {
    try await withReceiver { receiver in
      receiver.respond(.failFirst(10, status: 503))
      let e = await deliveryError {
        try await hook(receiver).deliver(
          id: id, body: body, text: text, environment: [:], http: HTTPClient())
      }
      #expect(
        e
          == .serverError(
            webhook: "ops", destination: "http://127.0.0.1:\(receiver.port)/…", status: 503,
            attempts: 3))
      #expect(e?.description.contains("on all 3 attempts") == true)
      #expect(receiver.requests.count == 3)
    }
  }

  @Test func aLongRetryAfterIsNotWaitedFor() async throws {
    try await withReceiver { receiver in
      receiver.respond(.failFirst(10, status: 429, retryAfter: 3600))
      let e = await deliveryError {
        try await hook(receiver).deliver(
          id: id, body: body, text: text, environment: [:], http: HTTPClient())
      }
      #expect(
        e
          == .rateLimited(
            webhook: "ops", destination: "http://127.0.0.1:\(receiver.port)/…", retryAfter: 3600,
            attempts: 1))
      #expect(e?.description.hasSuffix("(after 1 attempt); it asked to wait 3600 s.") == true)
      #expect(receiver.requests.count == 1)
    }
  }

  @Test func aLateAnswerIsRetriedAndTheReceiverKeepsTheAlertOnce() async throws {
    try await withReceiver { receiver in
      // The first answer comes after the client gave up: the receiver took the alert, the
      // client sends it again, and the Idempotency-Key lets the receiver drop the repeat. (A
      // whole second: with 0.5 s, URLSession on Linux timed out within milliseconds here.)
      receiver.delay(2.5, first: 1)
      var webhook = hook(receiver)
      webhook.policy.timeout = 1
      let d = try await webhook.deliver(
        id: id, body: body, text: text, environment: [:], http: HTTPClient())
      #expect(d.attempts == 2)
      #expect(receiver.requests.count == 2)
      #expect(receiver.accepted == [body])
    }
  }

  @Test func slackFormatSendsOnlyTheText() async throws {
    try await withReceiver { receiver in
      let text = "ETH/RUT \"decoupled\" — see https://example.org/a?b=1\nsecond line"
      try await hook(receiver, format: .slack).deliver(
        id: id, body: body, text: text, environment: [:], http: HTTPClient())
      let sent = try #require(receiver.requests.first)
      #expect(
        sent.text
          == #"{"text":"ETH/RUT \"decoupled\" — see https://example.org/a?b=1\nsecond line"}"#)
      let object = try #require(try JSONSerialization.jsonObject(with: sent.body) as? [String: Any])
      #expect(object.keys.sorted() == ["text"])
      #expect(object["text"] as? String == text)
      #expect(sent.headers["content-type"] == "application/json")
    }
  }

  @Test func jsonFormatSendsTheBodyByteForByte() async throws {
    try await withReceiver { receiver in
      let pretty = Data("{\n  \"id\" : \"x\",\n  \"url\" : \"https://a/b\"\n}".utf8)
      try await hook(receiver).deliver(
        id: "x", body: pretty, text: text, environment: [:], http: HTTPClient())
      #expect(receiver.requests.map(\.body) == [pretty])
    }
  }

  @Test func urlAndHeadersComeFromTheEnvironment() async throws {
    try await withReceiver { receiver in
      let webhook = Webhook(
        name: "desk", url: .environment("HOOK_URL"),
        headers: [
          "Authorization": .environment("DECOUPLE_WEBHOOK_TOKEN", prefix: "Bearer "),
          "X-Team": .value("rates"),
          "Content-Type": .value("text/plain"),  // ours wins: the body is JSON
        ],
        policy: fast)
      let environment = [
        "HOOK_URL": receiver.url.absoluteString, "DECOUPLE_WEBHOOK_TOKEN": "s3cret",
      ]
      try await webhook.deliver(
        id: id, body: body, text: text, environment: environment, http: HTTPClient())
      let headers = try #require(receiver.requests.first?.headers)
      #expect(headers["authorization"] == "Bearer s3cret")
      #expect(headers["x-team"] == "rates")
      #expect(headers["content-type"] == "application/json")
      #expect(receiver.accepted == [body])
    }
  }

  @Test func aMissingVariableIsNamedWithTheWebhook() throws {
    let webhook = Webhook(
      name: "slack", url: .environment("SLACK_WEBHOOK_URL"), format: .slack,
      headers: ["Authorization": .environment("DECOUPLE_WEBHOOK_TOKEN", prefix: "Bearer ")])
    #expect(
      throws: DeliveryError.missingVariable(
        webhook: "slack", variable: "SLACK_WEBHOOK_URL", setting: "URL")
    ) { try webhook.target(environment: [:]) }
    // Set but empty counts as missing.
    #expect(
      throws: DeliveryError.missingVariable(
        webhook: "slack", variable: "DECOUPLE_WEBHOOK_TOKEN", setting: "header Authorization")
    ) {
      try webhook.target(environment: [
        "SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T0/B0/XYZ",
        "DECOUPLE_WEBHOOK_TOKEN": "",
      ])
    }
    #expect(
      DeliveryError.missingVariable(webhook: "slack", variable: "SLACK_WEBHOOK_URL", setting: "URL")
        .description
        == "Webhook 'slack': the environment variable SLACK_WEBHOOK_URL, which its URL is read "
        + "from, is not set.")
  }

  @Test func aMissingVariableFailsBeforeAnythingIsSent() async throws {
    try await withReceiver { receiver in
      let webhook = Webhook(
        name: "ops", url: .value(receiver.url.absoluteString),
        headers: ["Authorization": .environment("DECOUPLE_WEBHOOK_TOKEN")], policy: fast)
      let e = await deliveryError {
        try await webhook.deliver(
          id: id, body: body, text: text, environment: [:], http: HTTPClient())
      }
      #expect(
        e
          == .missingVariable(
            webhook: "ops", variable: "DECOUPLE_WEBHOOK_TOKEN", setting: "header Authorization"))
      #expect(receiver.requests.isEmpty)
    }
  }

  @Test func theTargetHidesTheSecretPathAndRefusesBadValues() throws {
    let slack = Webhook(name: "slack", url: .environment("SLACK_WEBHOOK_URL"))
    let t = try slack.target(environment: [
      "SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T0/B0/XYZ"
    ])
    #expect(t.url.absoluteString == "https://hooks.slack.com/services/T0/B0/XYZ")
    #expect(t.destination == "https://hooks.slack.com/…")
    let e = #expect(throws: DeliveryError.self) {
      try slack.target(environment: ["SLACK_WEBHOOK_URL": "ftp://files.example.org/secret"])
    }
    #expect(e == .invalidURL(webhook: "slack", origin: "the variable SLACK_WEBHOOK_URL"))
    #expect(e?.description.contains("secret") == false)
    let injected = Webhook(
      name: "ops", url: .value("http://127.0.0.1:9/hook"),
      headers: ["X-Token": .environment("TOKEN")])
    #expect(
      throws: DeliveryError.invalidHeader(
        webhook: "ops", header: "X-Token", origin: "the variable TOKEN")
    ) { try injected.target(environment: ["TOKEN": "a\r\nX-Evil: 1"]) }
  }

  @Test func anUnreachableReceiverFailsAtOnceSayingWhy() async throws {
    let webhook = Webhook(name: "ops", url: .value("http://127.0.0.1:1/hook"), policy: fast)
    let e = await deliveryError {
      try await webhook.deliver(
        id: id, body: body, text: text, environment: [:], http: HTTPClient())
    }
    #expect(
      e
        == .unreachable(
          webhook: "ops", destination: "http://127.0.0.1:1/…", reason: "connection refused",
          attempts: 1))
  }
}

/// Runs `body` with a fresh webhook receiver, stopped afterwards.
func withReceiver<T>(_ body: (WebhookReceiver) async throws -> T) async throws -> T {
  let receiver = try await WebhookReceiver.start()
  defer { receiver.stop() }
  return try await body(receiver)
}

/// The delivery error `body` throws (failing the test when it throws none or another error).
func deliveryError(_ body: () async throws -> Void) async -> DeliveryError? {
  do {
    try await body()
    Issue.record("expected a DeliveryError, got success")
  } catch let error as DeliveryError {
    return error
  } catch {
    Issue.record("expected a DeliveryError, got \(type(of: error)): \(error)")
  }
  return nil
}
