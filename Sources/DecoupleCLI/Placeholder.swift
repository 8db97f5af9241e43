import ArgumentParser

public struct DecoupleCommand: ParsableCommand {
  public init() {}
  public static let configuration = CommandConfiguration(commandName: "decouple")
}
