import ArgumentParser
import DecoupleAnalysis

/// The bounds of numeric options, checked once at the edge (each option group's `validate()`),
/// so that no value can reach a kernel's precondition, overflow an index or ask for an absurd
/// allocation.
///
/// A value beyond a stated cap, or not finite, is a usage error naming the option (exit 64). A
/// value within the cap that the data cannot support (a window or lag longer than the history)
/// is the library's data error naming both numbers (exit 1).
enum OptionLimits {
  /// The most observations a window, a lag or a half-life may name: 100,000 (about 270 years
  /// of daily data), beyond any history, yet small enough that `2·K + 3` cannot overflow.
  static let observations = 100_000
  /// The most bootstrap replicates.
  static let replicates = 100_000

  /// Throws unless `minimum ≤ value ≤ maximum`, naming `option`.
  static func check(
    _ value: Int, _ option: String, atLeast minimum: Int, atMost maximum: Int = observations
  ) throws {
    guard value >= minimum else {
      throw ValidationError("\(option) must be at least \(minimum) (got \(value)).")
    }
    guard value <= maximum else {
      throw ValidationError("\(option) must be at most \(grouped(maximum)) (got \(value)).")
    }
  }

  /// `100000` → `100,000` (the library's one way of writing counts).
  static func grouped(_ n: Int) -> String { Wording.count(n) }

  /// Throws unless `value` is a finite number, naming `option`.
  static func finite(_ value: Double, _ option: String) throws {
    guard value.isFinite else {
      throw ValidationError("\(option) must be a finite number (got \(value)).")
    }
  }
}
