// Prints the best wall time of `Importer.read(contentsOf:)` on one CSV file: reading the file,
// detecting its format, parsing every cell and building the series, as `decouple import` does
// before it writes to the store.
//
//   swift run -c release --package-path Benchmarks import-timing FILE --repeat 5
//
// Output (stdout), one `key value` per line: `seconds` (best of --repeat), `all` (every run),
// `rows` (observations of the primary series), `format`, `column` (the primary series) and
// `checksum` (sum of the primary series' values), so a script can check that pandas read the
// same numbers.
import DecoupleData
import Foundation

let args = CommandLine.arguments
guard args.count >= 2 else {
  FileHandle.standardError.write(Data("usage: import-timing FILE [--repeat R]\n".utf8))
  exit(64)
}
let url = URL(fileURLWithPath: args[1])
var repeats = 5
if let i = args.firstIndex(of: "--repeat"), i + 1 < args.count, let r = Int(args[i + 1]) {
  repeats = max(1, r)
}
// The file's rows run far into the future; the last one is a finished day for this purpose.
var options = ImportOptions()
options.includePartialLastDay = true

var times: [Double] = []
var file: ImportedFile?
for _ in 0..<repeats {
  file = nil  // the previous result is freed before the next run, as in a fresh process
  let start = DispatchTime.now().uptimeNanoseconds
  do {
    file = try Importer.read(contentsOf: url, options: options)
  } catch {
    FileHandle.standardError.write(Data("import-timing: \(error)\n".utf8))
    exit(1)
  }
  let end = DispatchTime.now().uptimeNanoseconds
  times.append(Double(end - start) / 1e9)
}
let result = file!
let series = try result.series(column: nil)
print("seconds \(times.min()!)")
print("all \(times.map { String($0) }.joined(separator: " "))")
print("rows \(series.count)")
print("format \(result.format.rawValue)")
print("column \(series.name)")
print("checksum \(series.values.reduce(0, +))")
