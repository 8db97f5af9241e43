/// MacKinnon's response-surface p-values and critical values for Dickey–Fuller and
/// Engle–Granger τ statistics, ported from statsmodels `statsmodels/tsa/adfvalues.py`
/// (statsmodels 0.15.0; same coefficients, same Horner evaluation order, so results agree with
/// `mackinnonp` / `mackinnoncrit` to the last bit up to the normal CDF).
///
/// - p-values: MacKinnon, J.G. (1994), "Approximate asymptotic distribution functions for
///   unit-root and cointegration tests", *JBES* 12(2), 167–176, Table 3 (τ): p = Φ(poly(τ)),
///   with a small-p polynomial left of τ* and a large-p one right of it; 0 below τ_min and 1
///   above τ_max.
/// - Critical values: MacKinnon, J.G. (2010), "Critical values for cointegration tests",
///   Queen's Economics Department Working Paper 1227, Table 2: c(T) = β∞ + β₁/T + β₂/T² + β₃/T³.
///   The no-constant case ("n") exists for N = 1 only (MacKinnon 1996, not updated in 2010).
///
/// `N` is the number of I(1) series: 1 for the ADF test, 1 + the regressors for Engle–Granger.
public enum MacKinnon {
  /// The deterministic terms of the test regression.
  public enum Regression: String, Sendable, CaseIterable {
    /// No constant.
    case n
    /// Constant.
    case c
    /// Constant and linear trend.
    case ct
  }
}

extension MacKinnon {
  /// The approximate asymptotic p-value of τ (MacKinnon 1994), N in 1...6.
  /// - Precondition: `1 <= n <= 6`.
  public static func pValue(_ tau: Double, regression: Regression, n: Int = 1) -> Double {
    precondition((1...6).contains(n), "MacKinnon p-values exist for N = 1...6")
    let i = n - 1
    let (star, minimum, maximum, small, large): (Double, Double, Double, [Double], [Double]) =
      switch regression {
      case .n: (tauStarN[i], tauMinN[i], tauMaxN[i], tauSmallpN[i], tauLargepN[i])
      case .c: (tauStarC[i], tauMinC[i], tauMaxC[i], tauSmallpC[i], tauLargepC[i])
      case .ct: (tauStarCT[i], tauMinCT[i], tauMaxCT[i], tauSmallpCT[i], tauLargepCT[i])
      }
    if tau > maximum { return 1 }
    if tau < minimum { return 0 }
    let coef =
      tau <= star
      ? zip(small, smallScaling).map { $0 * $1 } : zip(large, largeScaling).map { $0 * $1 }
    return Distributions.normalCDF(horner(coef.reversed(), tau))
  }

  /// The 1 %, 5 % and 10 % critical values for a sample of `observations` (MacKinnon 2010);
  /// `nil` observations gives the asymptotic values. N in 1...12 (1 only for `.n`).
  /// - Returns: `nil` when the table has no entry (N > 12, or `.n` with N > 1).
  public static func criticalValues(regression: Regression, n: Int = 1, observations: Int?)
    -> [Double]?
  {
    let table: [[[Double]]] =
      switch regression {
      case .n: tauN2010
      case .c: tauC2010
      case .ct: tauCT2010
      }
    guard n >= 1, n <= table.count else { return nil }
    return table[n - 1].map { row in
      guard let t = observations else { return row[0] }
      return horner(row.reversed(), 1 / Double(t))
    }
  }

  /// numpy `polyval`: highest power first, y = y·x + c from y = 0.
  static func horner<C: Sequence<Double>>(_ coefficients: C, _ x: Double) -> Double {
    var y = 0.0
    for c in coefficients { y = y * x + c }
    return y
  }
}

// MARK: - MacKinnon (1994) Table 3, as in statsmodels adfvalues.py

extension MacKinnon {
  static let tauStarN = [-1.04, -1.53, -2.68, -3.09, -3.07, -3.77]
  static let tauMinN = [-19.04, -19.62, -21.21, -23.25, -21.63, -25.74]
  static let tauMaxN = [Double.infinity, 1.51, 0.86, 0.88, 1.05, 1.24]
  static let tauStarC = [-1.61, -2.62, -3.13, -3.47, -3.78, -3.93]
  static let tauMinC = [-18.83, -18.86, -23.48, -28.07, -25.96, -23.27]
  static let tauMaxC = [2.74, 0.92, 0.55, 0.61, 0.79, 1]
  static let tauStarCT = [-2.89, -3.19, -3.50, -3.65, -3.80, -4.36]
  static let tauMinCT = [-16.18, -21.15, -25.37, -26.63, -26.53, -26.18]
  static let tauMaxCT = [0.7, 0.63, 0.71, 0.93, 1.19, 1.42]

  static let smallScaling = [1, 1, 1e-2]
  static let tauSmallpN: [[Double]] = [
    [0.6344, 1.2378, 3.2496], [1.9129, 1.3857, 3.5322], [2.7648, 1.4502, 3.4186],
    [3.4336, 1.4835, 3.19], [4.0999, 1.5533, 3.59], [4.5388, 1.5344, 2.9807],
  ]
  static let tauSmallpC: [[Double]] = [
    [2.1659, 1.4412, 3.8269], [2.92, 1.5012, 3.9796], [3.4699, 1.4856, 3.164],
    [3.9673, 1.4777, 2.6315], [4.5509, 1.5338, 2.9545], [5.1399, 1.6036, 3.4445],
  ]
  static let tauSmallpCT: [[Double]] = [
    [3.2512, 1.6047, 4.9588], [3.6646, 1.5419, 3.6448], [4.0983, 1.5173, 2.9898],
    [4.5844, 1.5338, 2.8796], [5.0722, 1.5634, 2.9472], [5.53, 1.5914, 3.0392],
  ]

  static let largeScaling = [1, 1e-1, 1e-1, 1e-2]
  static let tauLargepN: [[Double]] = [
    [0.4797, 9.3557, -0.6999, 3.3066], [1.5578, 8.558, -2.083, -3.3549],
    [2.2268, 6.8093, -3.2362, -5.4448], [2.7654, 6.4502, -3.0811, -4.4946],
    [3.2684, 6.8051, -2.6778, -3.4972], [3.7268, 7.167, -2.3648, -2.8288],
  ]
  static let tauLargepC: [[Double]] = [
    [1.7339, 9.3202, -1.2745, -1.0368], [2.1945, 6.4695, -2.9198, -4.2377],
    [2.5893, 4.5168, -3.6529, -5.0074], [3.0387, 4.5452, -3.3666, -4.1921],
    [3.5049, 5.2098, -2.9158, -3.3468], [3.9489, 5.8933, -2.5359, -2.721],
  ]
  static let tauLargepCT: [[Double]] = [
    [2.5261, 6.1654, -3.7956, -6.0285], [2.85, 5.272, -3.6622, -5.1695],
    [3.221, 5.255, -3.2685, -4.1501], [3.652, 5.9758, -2.7483, -3.2081],
    [4.0712, 6.6428, -2.3464, -2.546], [4.4735, 7.1757, -2.0681, -2.1196],
  ]
}

// MARK: - MacKinnon (2010) Table 2, as in statsmodels adfvalues.py: [N][1 %, 5 %, 10 %][β∞…β₃]

extension MacKinnon {
  static let tauN2010: [[[Double]]] = [
    [
      [-2.56574, -2.2358, -3.627, 0], [-1.94100, -0.2686, -3.365, 31.223],
      [-1.61682, 0.2656, -2.714, 25.364],
    ]
  ]

  static let tauC2010: [[[Double]]] = [
    [
      [-3.43035, -6.5393, -16.786, -79.433], [-2.86154, -2.8903, -4.234, -40.040],
      [-2.56677, -1.5384, -2.809, 0],
    ],
    [
      [-3.89644, -10.9519, -33.527, 0], [-3.33613, -6.1101, -6.823, 0],
      [-3.04445, -4.2412, -2.720, 0],
    ],
    [
      [-4.29374, -14.4354, -33.195, 47.433], [-3.74066, -8.5632, -10.852, 27.982],
      [-3.45218, -6.2143, -3.718, 0],
    ],
    [
      [-4.64332, -18.1031, -37.972, 0], [-4.09600, -11.2349, -11.175, 0],
      [-3.81020, -8.3931, -4.137, 0],
    ],
    [
      [-4.95756, -21.8883, -45.142, 0], [-4.41519, -14.0405, -12.575, 0],
      [-4.13157, -10.7417, -3.784, 0],
    ],
    [
      [-5.24568, -25.6688, -57.737, 88.639], [-4.70693, -16.9178, -17.492, 60.007],
      [-4.42501, -13.1875, -5.104, 27.877],
    ],
    [
      [-5.51233, -29.5760, -69.398, 164.295], [-4.97684, -19.9021, -22.045, 110.761],
      [-4.69648, -15.7315, -5.104, 27.877],
    ],
    [
      [-5.76202, -33.5258, -82.189, 256.289], [-5.22924, -23.0023, -24.646, 144.479],
      [-4.95007, -18.3959, -7.344, 94.872],
    ],
    [
      [-5.99742, -37.6572, -87.365, 248.316], [-5.46697, -26.2057, -26.627, 176.382],
      [-5.18897, -21.1377, -9.484, 172.704],
    ],
    [
      [-6.22103, -41.7154, -102.680, 389.33], [-5.69244, -29.4521, -30.994, 251.016],
      [-5.41533, -24.0006, -7.514, 163.049],
    ],
    [
      [-6.43377, -46.0084, -106.809, 352.752], [-5.90714, -32.8336, -30.275, 249.994],
      [-5.63086, -26.9693, -4.083, 151.427],
    ],
    [
      [-6.63790, -50.2095, -124.156, 579.622], [-6.11279, -36.2681, -32.505, 314.802],
      [-5.83724, -29.9864, -2.686, 184.116],
    ],
  ]

  static let tauCT2010: [[[Double]]] = [
    [
      [-3.95877, -9.0531, -28.428, -134.155], [-3.41049, -4.3904, -9.036, -45.374],
      [-3.12705, -2.5856, -3.925, -22.380],
    ],
    [
      [-4.32762, -15.4387, -35.679, 0], [-3.78057, -9.5106, -12.074, 0],
      [-3.49631, -7.0815, -7.538, 21.892],
    ],
    [
      [-4.66305, -18.7688, -49.793, 104.244], [-4.11890, -11.8922, -19.031, 77.332],
      [-3.83511, -9.0723, -8.504, 35.403],
    ],
    [
      [-4.96940, -22.4694, -52.599, 51.314], [-4.42871, -14.5876, -18.228, 39.647],
      [-4.14633, -11.2500, -9.873, 54.109],
    ],
    [
      [-5.25276, -26.2183, -59.631, 50.646], [-4.71537, -17.3569, -22.660, 91.359],
      [-4.43422, -13.6078, -10.238, 76.781],
    ],
    [
      [-5.51727, -29.9760, -75.222, 202.253], [-4.98228, -20.3050, -25.224, 132.03],
      [-4.70233, -16.1253, -9.836, 94.272],
    ],
    [
      [-5.76537, -33.9165, -84.312, 245.394], [-5.23299, -23.3328, -28.955, 182.342],
      [-4.95405, -18.7352, -10.168, 120.575],
    ],
    [
      [-6.00003, -37.8892, -96.428, 335.92], [-5.46971, -26.4771, -31.034, 220.165],
      [-5.19183, -21.4328, -10.726, 157.955],
    ],
    [
      [-6.22288, -41.9496, -109.881, 466.068], [-5.69447, -29.7152, -33.784, 273.002],
      [-5.41738, -24.2882, -8.584, 169.891],
    ],
    [
      [-6.43551, -46.1151, -120.814, 566.823], [-5.90887, -33.0251, -37.208, 346.189],
      [-5.63255, -27.2042, -6.792, 177.666],
    ],
    [
      [-6.63894, -50.4287, -128.997, 642.781], [-6.11404, -36.4610, -36.246, 348.554],
      [-5.83850, -30.1995, -5.163, 210.338],
    ],
    [
      [-6.83488, -54.7119, -139.800, 736.376], [-6.31127, -39.9676, -37.021, 406.051],
      [-6.03650, -33.2381, -6.606, 317.776],
    ],
  ]
}
