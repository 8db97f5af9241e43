import ArgumentParser
import DecoupleRender

/// A command whose answer is one result, printed in the format asked for: `result()` computes
/// it through the workspace (tests call it in process), `run()` prints it the one way.
protocol ResultCommand: ParsableCommand {
  associatedtype Output: Presentable
  /// The output format chosen on the command line.
  var format: OutputFormat { get }
  /// The command's answer.
  func result() throws -> Output
}

extension ResultCommand {
  func run() throws { format.print(try result()) }
}
