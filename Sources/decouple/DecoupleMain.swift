import DecoupleCLI

/// The `decouple` executable: everything happens in `DecoupleCommand`.
@main
enum DecoupleMain {
  static func main() async { await DecoupleCommand.main() }
}
