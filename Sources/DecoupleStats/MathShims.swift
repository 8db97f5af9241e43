import Foundation

// Elementary functions used by the estimators, in one place (Foundation's libm on Linux).
@inline(__always) func _log(_ x: Double) -> Double { Foundation.log(x) }
@inline(__always) func _exp(_ x: Double) -> Double { Foundation.exp(x) }
@inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
@inline(__always) func _erfc(_ x: Double) -> Double { Foundation.erfc(x) }
@inline(__always) func _erf(_ x: Double) -> Double { Foundation.erf(x) }
