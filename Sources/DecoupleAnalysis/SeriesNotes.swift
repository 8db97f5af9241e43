import DecoupleData

/// The import notes a result carries: each series' notes prefixed by its name, once.
enum SeriesNotes {
  /// The notes of `series` ("ETH: …"), without repeats. When the user chose an as-of day
  /// (`chosenTo` set), a note that only concerns days after `lastDay` (the last day the result
  /// uses) is left out: it is about rows the result never saw, such as the partial last day of a
  /// file read to an earlier day.
  static func labelled(_ series: [DailySeries], lastDay: Day?, chosenTo: Day?) -> [String] {
    let all = series.flatMap { s in s.notes.map { "\(s.name): \($0)" } }.uniqued()
    guard chosenTo != nil, let lastDay else { return all }
    return all.filter { !DecouplingAnalysis.concernsOnlyDaysAfter(lastDay, $0) }
  }
}
