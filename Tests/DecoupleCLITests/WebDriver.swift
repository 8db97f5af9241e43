import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A minimal W3C WebDriver client (plain HTTP and JSON) for driving Chromium through
/// `chromedriver` in tests: sessions, navigation, script, elements, keys, pointer and wheel
/// actions, screenshots and the browser's console log.
final class WebDriver: @unchecked Sendable {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let base: URL
  let session: String
  private let process: Process
  private let profilePath: String

  /// Starts `chromedriver` on a free port and opens a headless Chromium session whose every
  /// host but 127.0.0.1 resolves nowhere (so a request leaving the machine would fail).
  init(chromedriver: URL, chromium: URL, profile: URL) async throws {
    var lastError: (any Error)?
    for _ in 0..<5 {
      let port = Int.random(in: 20_000..<60_000)
      let p = Process()
      p.executableURL = chromedriver
      p.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      try p.run()
      let base = URL(string: "http://127.0.0.1:\(port)")!
      do {
        try await Self.waitUntilReady(base)
        let caps: [String: Any] = [
          "capabilities": [
            "alwaysMatch": [
              "browserName": "chrome",
              "goog:loggingPrefs": ["browser": "ALL"],
              "goog:chromeOptions": [
                "binary": chromium.path,
                "args": [
                  "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-extensions", "--disable-background-networking", "--disable-sync",
                  "--window-size=1280,2000", "--user-data-dir=\(profile.path)/\(port)",
                  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                ],
              ],
            ]
          ]
        ]
        let answer = try await Self.send(base.appendingPathComponent("session"), "POST", caps)
        let value = (answer as? [String: Any])?["value"] as? [String: Any]
        guard let id = value?["sessionId"] as? String else {
          throw Failure(description: "chromedriver gave no session: \(String(describing: answer))")
        }
        self.base = base
        self.session = id
        self.process = p
        self.profilePath = profile.path
        return
      } catch {
        lastError = error
        p.terminate()
        Self.killProcesses(mentioning: "\(profile.path)/\(port)")
      }
    }
    throw lastError ?? Failure(description: "chromedriver did not start")
  }

  /// Opens a session for `body` and ends it on every path (also when `body` throws or the test
  /// is cancelled): nothing of chromedriver or Chromium outlives the call.
  static func session<T>(
    chromedriver: URL, chromium: URL, profile: URL, _ body: (WebDriver) async throws -> T
  ) async throws -> T {
    let driver: WebDriver
    do {
      driver = try await WebDriver(chromedriver: chromedriver, chromium: chromium, profile: profile)
    } catch {
      killProcesses(mentioning: profile.path)
      throw error
    }
    do {
      let value = try await body(driver)
      await driver.quit()
      return value
    } catch {
      await driver.quit()
      throw error
    }
  }

  /// Ends the session and stops chromedriver, then kills any Chromium process still running on
  /// this session's profile. Waits without blocking a thread of the cooperative pool.
  func quit() async {
    _ = try? await command("", method: "DELETE")
    process.terminate()
    for _ in 0..<50 where process.isRunning {
      try? await Task.sleep(for: .milliseconds(100))
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    Self.killProcesses(mentioning: profilePath)
  }

  /// SIGKILLs every process of this user whose command line mentions `text` (a profile
  /// directory unique to one test run).
  static func killProcesses(mentioning text: String) {
    let fm = FileManager.default
    guard let entries = try? fm.contentsOfDirectory(atPath: "/proc") else { return }
    let me = getpid()
    for entry in entries {
      guard let pid = Int32(entry), pid != me,
        let raw = fm.contents(atPath: "/proc/\(entry)/cmdline")
      else { continue }
      let line = String(decoding: raw.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
      if line.contains(text) { kill(pid, SIGKILL) }
    }
  }

  static func waitUntilReady(_ base: URL) async throws {
    var last = "no answer"
    for _ in 0..<100 {
      do {
        let status = try await send(base.appendingPathComponent("status"), "GET", nil)
        if (((status as? [String: Any])?["value"] as? [String: Any])?["ready"] as? Bool) == true {
          return
        }
        last = "\(String(describing: status))"
      } catch {
        last = "\(error)"
      }
      try await Task.sleep(for: .milliseconds(100))
    }
    throw Failure(description: "chromedriver is not ready after 10 s: \(last)")
  }

  /// Sends a WebDriver command; returns its `value`.
  @discardableResult
  func command(_ path: String, method: String = "POST", _ body: [String: Any]? = nil) async throws
    -> Any?
  {
    let url = base.appendingPathComponent("session/\(session)" + (path.isEmpty ? "" : "/\(path)"))
    let answer = try await Self.send(url, method, body ?? (method == "POST" ? [:] : nil))
    return (answer as? [String: Any])?["value"]
  }

  static func send(_ url: URL, _ method: String, _ body: [String: Any]?) async throws -> Any? {
    let (data, status) = try await fetch(
      url, method: method, body: try body.map { try JSONSerialization.data(withJSONObject: $0) })
    let json = try? JSONSerialization.jsonObject(with: data)
    guard (200..<300).contains(status) else {
      throw Failure(
        description:
          "\(method) \(url.path) → \(status): \(String(decoding: data.prefix(600), as: UTF8.self))")
    }
    return json
  }

  /// One HTTP exchange: the body and the status. AsyncHTTPClient, not URLSession:
  /// chromedriver writes headers without a space after the colon, which Foundation's
  /// URLSession on Linux refuses ("Failed writing header").
  static func fetch(_ url: URL, method: String = "GET", body: Data? = nil) async throws
    -> (Data, Int)
  {
    var request = HTTPClientRequest(url: url.absoluteString)
    request.method = HTTPMethod(rawValue: method)
    if let body {
      request.body = .bytes(ByteBuffer(bytes: body))
      request.headers.add(name: "Content-Type", value: "application/json")
    }
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
    let bytes = try await response.body.collect(upTo: 64 << 20)
    return (Data(bytes.readableBytesView), Int(response.status.code))
  }

  func navigate(_ url: String) async throws { try await command("url", ["url": url]) }

  /// Runs `script` in the page (its `return` value comes back).
  func execute(_ script: String, _ args: [Any] = []) async throws -> Any? {
    try await command("execute/sync", ["script": script, "args": args])
  }

  /// The element matching the CSS `selector` (its WebDriver reference).
  func element(_ selector: String) async throws -> [String: Any] {
    let value = try await command("element", ["using": "css selector", "value": selector])
    guard let ref = value as? [String: Any] else {
      throw Failure(description: "no element \(selector)")
    }
    return ref
  }

  static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

  func id(_ element: [String: Any]) -> String { element[Self.elementKey] as? String ?? "" }

  func click(_ selector: String) async throws {
    try await command("element/\(id(try await element(selector)))/click")
  }

  func clear(_ selector: String) async throws {
    try await command("element/\(id(try await element(selector)))/clear")
  }

  func type(_ selector: String, _ text: String) async throws {
    try await command("element/\(id(try await element(selector)))/value", ["text": text])
  }

  /// Pointer and wheel actions (W3C Actions), then releases them.
  func perform(_ actions: [[String: Any]]) async throws {
    try await command("actions", ["actions": actions])
    _ = try await command("actions", method: "DELETE")
  }

  /// Moves the mouse to `(x, y)` from the centre of the element at `selector`.
  func hover(_ selector: String, x: Int = 0, y: Int = 0) async throws {
    let el = try await element(selector)
    try await perform([
      [
        "type": "pointer", "id": "mouse", "parameters": ["pointerType": "mouse"],
        "actions": [
          ["type": "pointerMove", "duration": 50, "origin": el, "x": x, "y": y]
        ],
      ]
    ])
  }

  /// Clicks at `(x, y)` from the centre of the element at `selector`.
  func click(_ selector: String, x: Int, y: Int = 0) async throws {
    let el = try await element(selector)
    try await perform([
      [
        "type": "pointer", "id": "mouse", "parameters": ["pointerType": "mouse"],
        "actions": [
          ["type": "pointerMove", "duration": 0, "origin": el, "x": x, "y": y],
          ["type": "pointerDown", "button": 0], ["type": "pointerUp", "button": 0],
        ],
      ]
    ])
  }

  /// Turns the mouse wheel by `deltaY` over the centre of the element at `selector`.
  func wheel(_ selector: String, deltaY: Int) async throws {
    let el = try await element(selector)
    try await perform([
      [
        "type": "wheel", "id": "wheel",
        "actions": [
          [
            "type": "scroll", "origin": el, "x": 0, "y": 0, "deltaX": 0, "deltaY": deltaY,
            "duration": 100,
          ]
        ],
      ]
    ])
  }

  func setWindow(width: Int, height: Int) async throws {
    try await command("window/rect", ["width": width, "height": height])
  }

  /// The page as a PNG.
  func screenshot() async throws -> Data {
    guard let b64 = try await command("screenshot", method: "GET") as? String,
      let data = Data(base64Encoded: b64)
    else { throw Failure(description: "no screenshot") }
    return data
  }

  /// The browser console's entries since the last call: (level, message).
  func consoleLog() async throws -> [(level: String, message: String)] {
    let value = try await command("se/log", ["type": "browser"])
    return (value as? [[String: Any]] ?? []).map {
      ($0["level"] as? String ?? "", $0["message"] as? String ?? "")
    }
  }

  /// Evaluates `script` until it returns true, at most `seconds`.
  func wait(
    _ what: String, seconds: Double = 60, until script: String
  ) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if (try? await execute(script)) as? Bool == true { return }
      try await Task.sleep(for: .milliseconds(100))
    }
    throw Failure(description: "timed out after \(Int(seconds)) s waiting for \(what)")
  }
}
