import Testing

@testable import DecoupleServer

@Suite struct ServerConfigurationTests {
  @Test func loopbackNeedsNoToken() throws {
    var c = ServerConfiguration(storePath: "/tmp/x.sqlite", environment: [:])
    for host in ["127.0.0.1", "localhost", "::1", "127.0.0.2"] {
      c.host = host
      try c.validate()
    }
  }

  @Test func anotherHostNeedsALongToken() throws {
    var c = ServerConfiguration(storePath: "/tmp/x.sqlite", environment: [:])
    c.host = "0.0.0.0"
    #expect(throws: APIError.self) { try c.validate() }
    c.token = "short"
    #expect(throws: APIError.self) { try c.validate() }
    c.token = "a-long-enough-secret"
    try c.validate()
  }

  @Test func portMustBeInRange() {
    var c = ServerConfiguration(storePath: "/tmp/x.sqlite", environment: [:])
    c.port = 70_000
    #expect(throws: APIError.self) { try c.validate() }
  }

  @Test func loopbackHostHeaders() {
    #expect(Guard.isLoopbackHost("127.0.0.1:8080"))
    #expect(Guard.isLoopbackHost("localhost:1"))
    #expect(Guard.isLoopbackHost("[::1]:8080"))
    #expect(!Guard.isLoopbackHost("evil.example:8080"))
    #expect(!Guard.isLoopbackHost("127.0.0.1.evil.example"))
  }
}
