import DecoupleData
import DecoupleWorkspace
import Foundation
import Testing

/// `Workspace.dataVersion`, the key a server caches results by: it must change whenever the
/// store's contents change, and stay put otherwise.
@Suite struct DataVersionTests {
  @Test func isNoneWithoutAStoreAndChangesWithEveryWrite() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    #expect(t.workspace.dataVersion == "none")
    let eth = try Dataset.load("ETH")
    try t.store(eth, as: "MYETH")
    let first = t.workspace.dataVersion
    #expect(first != "none")
    #expect(t.workspace.dataVersion == first)
    // Reading does not change it.
    _ = try t.workspace.series("MYETH")
    #expect(t.workspace.dataVersion == first)
    try t.store(perturbed(eth), as: "MYETH")
    #expect(t.workspace.dataVersion != first)
  }
}
