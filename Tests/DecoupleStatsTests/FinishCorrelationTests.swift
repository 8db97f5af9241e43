import CDecoupleShims
import Testing

/// `decouple_finish_correlation`, the packed square root, division and clamp behind the dense
/// rolling correlation: every lane and the scalar tail must follow the same rules.
@Suite struct FinishCorrelationTests {
  @Test(arguments: 0..<9)
  func clampsAndMarksUndefinedInEveryLane(offset: Int) {
    // Cases rotated through the positions so each lands in an AVX lane, an SSE lane and the tail.
    let cases: [(c: Double, d: Double, want: Double)] = [
      (0.5, 1, 0.5), (2, 1, 1), (-2, 1, -1), (1, 0, .nan), (0, 0, .nan), (0.3, -1, .nan),
      (0.1, .nan, .nan), (-0.25, 0.25, -0.5), (1 + 1e-15, 1, 1),
    ]
    let rotated = (0..<cases.count).map { cases[($0 + offset) % cases.count] }
    var out = rotated.map(\.c)
    let product = rotated.map(\.d)
    out.withUnsafeMutableBufferPointer { o in
      product.withUnsafeBufferPointer { p in
        decouple_finish_correlation(o.baseAddress!, p.baseAddress!, o.count)
      }
    }
    for (got, c) in zip(out, rotated) {
      if c.want.isNaN { #expect(got.isNaN, "\(c)") } else { #expect(got == c.want, "\(c)") }
    }
  }
}
