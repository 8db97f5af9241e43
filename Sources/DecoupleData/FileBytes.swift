import CDecoupleShims
import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// Reads a whole file into one array, sized once from the file's length: no intermediate `Data`,
/// so the bytes are in memory once.
enum FileBytes {
  /// The bytes of the file at `url`.
  /// - Throws: a `CocoaError` when the file cannot be opened, or a POSIX error when reading fails.
  static func read(_ url: URL) throws -> [UInt8] {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    let size = Int(try handle.seekToEnd())
    try handle.seek(toOffset: 0)
    let fd = handle.fileDescriptor
    guard size > 0 else { return [UInt8](try handle.readToEnd() ?? Data()) }
    var bytes = try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      decouple_advise_huge_pages(buffer.baseAddress, size)
      while count < size {
        let got = systemRead(fd, buffer.baseAddress! + count, size - count)
        if got == 0 { break }  // the file shrank while being read
        guard got > 0 else {
          if errno == EINTR { continue }
          throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        count += got
      }
    }
    // The file grew while being read: the rest, in ordinary reads.
    if let more = try handle.readToEnd() { bytes.append(contentsOf: more) }
    return bytes
  }
}
