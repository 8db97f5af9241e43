import Foundation

/// p-values of the sup-F (Andrews 1993) test by Hansen's (1997) response-surface approximation,
/// as R `strucchange` computes them (`pvalue.Fstats(type = "supF")`): for the trimming
/// τ = 1 / (1 + √λ), interpolate between the two neighbouring rows of the table
/// (β₀ + β₁·F fed to a χ² tail with the row's degrees of freedom).
///
/// The table rows are strucchange's `sc.beta.sup` for k = 1 and k = 2 regressors, copied by
/// `tools/oracle/strucchange.R` (fixture `bp_cases.json`). Other k: `nil`.
public enum SupFPValue {}

extension SupFPValue {
  /// The p-value of `statistic` with `k` regressors and strucchange's `lambda`
  /// ((n − from)·to / (from·(n − to))); `nil` when k is not 1 or 2.
  public static func pValue(_ statistic: Double, k: Int, lambda: Double) -> Double? {
    let beta: [[Double]]
    switch k {
    case 1: beta = k1
    case 2: beta = k2
    default: return nil
    }
    let tau = lambda < 1 ? lambda : 1 / (1 + lambda.squareRoot())
    func pp(_ i: Int) -> Double {  // 1-based row, as in R
      let row = beta[i - 1]
      let x = max(row[0] + row[1] * statistic, 0)
      return 1 - ChiSquared.cdf(x, degreesOfFreedom: row[2])
    }
    let tail = 1 - ChiSquared.cdf(statistic, degreesOfFreedom: Double(k))
    if tau == 0.5 { return tail }
    if tau <= 0.01 { return pp(25) }
    if tau >= 0.49 { return ((0.5 - tau) * pp(1) + (tau - 0.49) * tail) * 100 }
    let taua = (0.51 - tau) * 50
    let tau1 = Int(taua.rounded(.down))
    return (Double(tau1) + 1 - taua) * pp(tau1) + (taua - Double(tau1)) * pp(tau1 + 1)
  }

  static let k1: [[Double]] = [
    [-0.0648467, 0.99671156, 1.2573241],
    [-0.15305667, 0.96757645, 1.43651315],
    [-0.23071675, 0.95825013, 1.56531261],
    [-0.29247661, 0.95715782, 1.68851898],
    [-0.35706588, 0.95237505, 1.77889686],
    [-0.40514715, 0.96055795, 1.89761322],
    [-0.45248386, 0.95810999, 1.98370422],
    [-0.50458517, 0.96149538, 2.07086519],
    [-0.55009159, 0.96684273, 2.17244338],
    [-0.60241623, 0.96518399, 2.23509053],
    [-0.64308746, 0.97354902, 2.33722161],
    [-0.68833676, 0.97829106, 2.42776524],
    [-0.73136161, 0.9820687, 2.50833918],
    [-0.78078198, 0.99475319, 2.6209551],
    [-0.82894221, 1.00023473, 2.70286643],
    [-0.88430133, 1.00162529, 2.77835798],
    [-0.9499265, 1.00384268, 2.84325795],
    [-0.98828874, 1.01604712, 2.96752918],
    [-1.04892713, 1.02570939, 3.08442682],
    [-1.11527783, 1.03526033, 3.19770394],
    [-1.14992644, 1.06643436, 3.44739573],
    [-1.24010871, 1.06929468, 3.54993605],
    [-1.38522113, 1.06808543, 3.61667211],
    [-1.48296473, 1.1283969, 4.07202473],
    [-1.78738608, 1.17220925, 4.4726701],
  ]

  static let k2: [[Double]] = [
    [-0.03933112, 0.99525784, 2.44239332],
    [-0.14650989, 0.9938654, 2.78837829],
    [-0.28765583, 0.98139359, 2.93724618],
    [-0.35528752, 0.9942739, 3.18187129],
    [-0.49538961, 0.96923268, 3.19484388],
    [-0.58780544, 0.97339124, 3.32763253],
    [-0.66900489, 0.97444133, 3.44170617],
    [-0.77825803, 0.96678414, 3.48652761],
    [-0.87260977, 0.97626434, 3.61709836],
    [-0.96782445, 0.97636983, 3.6779502],
    [-1.07358977, 0.97407744, 3.71945379],
    [-1.12531079, 0.99897105, 3.95114475],
    [-1.16041007, 1.01629918, 4.14932643],
    [-1.2975797, 1.015268, 4.17103882],
    [-1.36743697, 1.03004743, 4.3223804],
    [-1.43012785, 1.05139461, 4.53836755],
    [-1.53311747, 1.05280599, 4.61175851],
    [-1.65273586, 1.05932633, 4.69340428],
    [-1.79350728, 1.04936541, 4.68380985],
    [-1.9117747, 1.0588459, 4.8073354],
    [-2.02659329, 1.07200268, 4.97772701],
    [-2.18499383, 1.08674781, 5.14231666],
    [-2.3765858, 1.11342895, 5.40268693],
    [-2.51267262, 1.15305027, 5.88573096],
    [-3.05559851, 1.17629253, 6.11067794],
  ]
}
