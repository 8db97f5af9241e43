/// The property every library error's `description` keeps: it states facts (what, where, the
/// values involved) and leaves the advice, with its option names, to the CLI.
public enum ErrorText {
  /// Pieces of command-line wording in `text`: option names (`--window`), the tool's commands
  /// (`` `decouple import` ``) and the stock phrases of advice (“try again”, “use …”, “check
  /// the …”). Empty for a purely factual sentence.
  public static func cliWording(in text: String) -> [String] {
    var found = text.matches(of: /--[a-z][a-z-]*/).map { String($0.output) }
    let lower = text.lowercased()
    for phrase in [
      "`decouple", "decouple import", "decouple sources", "try again", "; use ", ". use ",
      "(use ", "check the", "reinstall", "pick another", "give a", "instead",
    ] where lower.contains(phrase) {
      found.append(phrase)
    }
    return found
  }

  /// What keeps `description` from being a factual sentence: more than one line, no final full
  /// stop, a missing string of `facts`, CLI wording. Empty when it is one.
  public static func problems(_ description: String, facts: [String]) -> [String] {
    var problems: [String] = []
    if description.contains("\n") { problems.append("several lines") }
    if !description.hasSuffix(".") { problems.append("no final full stop") }
    for fact in facts where !description.contains(fact) { problems.append("lacks '\(fact)'") }
    problems += cliWording(in: description).map { "CLI wording '\($0)'" }
    return problems
  }
}

extension ErrorText {
  /// ``problems(_:facts:)`` of every case, each prefixed with the case; empty when all are
  /// factual.
  public static func problems<E: CustomStringConvertible>(_ cases: [(E, [String])]) -> [String] {
    cases.flatMap { error, facts in
      problems(error.description, facts: facts).map { "\(error): \($0)" }
    }
  }

  /// The case numbers in `0..<count` that no error of `cases` has (by `index`, an exhaustive
  /// switch in the test, so that a new case cannot be left out unnoticed).
  public static func missing<E>(_ cases: [(E, [String])], count: Int, index: (E) -> Int) -> [Int] {
    Array(Set(0..<count).subtracting(cases.map { index($0.0) })).sorted()
  }
}
