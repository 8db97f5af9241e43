import Hummingbird
import NIOCore

/// The request context of the dashboard: Hummingbird's core storage and the client's address
/// (for the rate limits).
public struct DashboardContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// The client's IP address, or "local" when the channel has none (tests in process).
  public let client: String

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    client = source.channel.remoteAddress?.ipAddress ?? "local"
  }

  /// Bodies larger than this are refused with a 413 when decoded.
  public var maxUploadSize: Int { 16 * 1024 }
}
