// Wall clock and mallocs of `Rolling.correlation` on 10M points, window 1,440 (one day of
// minutes), the size named in the performance issue.
//
//   swift package --package-path Benchmarks benchmark
import BenchData
import Benchmark
import DecoupleStats

nonisolated(unsafe) let benchmarks: @Sendable () -> Void = {
  let (x, y) = BenchData.pairs(count: 10_000_000)

  Benchmark(
    "Rolling.correlation 10M w1440",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
      timeUnits: .milliseconds,
      warmupIterations: 1,
      scalingFactor: .one,
      maxDuration: .seconds(30),
      maxIterations: 5
    )
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(Rolling.correlation(x, y, window: 1_440))
    }
  }
}
