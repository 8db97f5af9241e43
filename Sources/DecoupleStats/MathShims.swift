import Foundation

// Elementary functions used by the estimators, in one place (Foundation's libm on Linux).
@inline(__always) func _log(_ x: Double) -> Double { Foundation.log(x) }
@inline(__always) func _exp(_ x: Double) -> Double { Foundation.exp(x) }
@inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
@inline(__always) func _erfc(_ x: Double) -> Double { Foundation.erfc(x) }
@inline(__always) func _erf(_ x: Double) -> Double { Foundation.erf(x) }

/// The standard normal CDF as scipy's `ndtr` computes it (erf near 0, erfc in the tails).
func normalCDF(_ a: Double) -> Double {
  let x = a * 0.707_106_781_186_547_524_40
  let z = abs(x)
  if z < 0.707_106_781_186_547_524_40 { return 0.5 + 0.5 * _erf(x) }
  let y = 0.5 * _erfc(z)
  return x > 0 ? 1 - y : y
}
