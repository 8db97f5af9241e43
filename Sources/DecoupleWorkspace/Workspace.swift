import DecoupleData
import DecoupleStore
import Foundation

/// The one way series come in and results go out.
///
/// Series resolve the same way for every caller (the CLI, and later the server and the
/// watcher): a path is read from the file system; a symbol comes from the local store first, then
/// the embedded dataset (its catalog and the members of its universes). Factor series (BTC, the
/// 2-year yield, ETF flows, the ETH supply inputs) resolve by the same rule, so a series fetched
/// or imported into the store reaches every analysis. Results leave through ``write(_:to:)`` and
/// ``writeChart(_:to:scale:)`` (atomic). Fetching, updating and importing are
/// ``fetch(_:source:from:interval:progress:)``, ``update(progress:)`` and
/// ``importFile(_:as:kind:progress:)``, which report progress through a callback and never print.
///
/// Reading never creates the store; the store is opened once per workspace and shared.
public final class Workspace: @unchecked Sendable {
  /// Where the local store is (it may not exist yet).
  public let storePath: String
  /// The environment: keys (`DECOUPLE_FRED_API_KEY`…), base URLs, HTTP policy, `DECOUPLE_NOW`.
  public let environment: [String: String]
  /// How files are read (columns, partial last days); the partial-day choice applies to
  /// embedded series too. Its ``ImportOptions/now`` is the workspace's clock (`DECOUPLE_NOW`)
  /// unless given, so a file's last row is judged in progress by the time of the run.
  public let importOptions: ImportOptions
  /// The asset that a series read from a file represents (`ETH`), when the user said; applied
  /// to files only (stored and embedded series know their asset).
  public let fileAsset: String?

  private let lock = NSLock()
  private var openedStore: Store??

  /// - Parameters:
  ///   - storePath: the SQLite store; `nil` for the default under the user data directory
  ///     (`$XDG_DATA_HOME/decouple/decouple.sqlite`). A leading `~` is expanded.
  public init(
    storePath: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    importOptions: ImportOptions = .init(), fileAsset: String? = nil
  ) {
    self.storePath =
      storePath.map { NSString(string: $0).expandingTildeInPath }
      ?? Store.defaultPath(environment: environment)
    self.environment = environment
    var options = importOptions
    if options.now == nil {
      options.now =
        environment["DECOUPLE_NOW"].flatMap(Int64.init) ?? Int64(Date().timeIntervalSince1970)
    }
    self.importOptions = options
    self.fileAsset = fileAsset?.uppercased()
  }

  /// The store, created when missing (for the calls that write).
  /// - Throws: `StoreError.cannotOpen`.
  public func store() throws -> Store {
    lock.lock()
    defer { lock.unlock() }
    if let opened = openedStore, let store = opened { return store }
    let store = try Store(path: storePath)
    openedStore = .some(store)
    return store
  }

  /// The store when its file exists; `nil` otherwise (reading never creates a store).
  /// - Throws: `StoreError.cannotOpen` when the file exists but cannot be opened.
  public func existingStore() throws -> Store? {
    lock.lock()
    defer { lock.unlock() }
    if let opened = openedStore { return opened }
    let store = try Store.openIfPresent(path: storePath)
    if store != nil { openedStore = .some(store) }
    return store
  }

  /// Now, seconds since 1970 (`DECOUPLE_NOW` in the environment overrides the clock).
  public var now: Int64 {
    environment["DECOUPLE_NOW"].flatMap(Int64.init) ?? Int64(Date().timeIntervalSince1970)
  }
}
