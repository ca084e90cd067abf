/// The settings of the FSRS-6 review scheduler: 21 model weights, target retention, longest interval.
public struct FSRSParameters: Sendable, Hashable {
    /// The 21 weights w0…w20 of FSRS-6.
    public let weights: [Double]
    /// The chance of recall the scheduler aims for when an item comes due.
    public let desiredRetention: Double
    /// The longest interval in days.
    public let maximumInterval: Int

    /// Nil unless there are exactly 21 finite weights, 0 < retention < 1 and the interval ≥ 1.
    public init?(weights: [Double], desiredRetention: Double = 0.9, maximumInterval: Int = 36_500) {
        guard weights.count == 21, weights.allSatisfy(\.isFinite), weights[20] > 0,
              desiredRetention > 0, desiredRetention < 1, maximumInterval >= 1 else { return nil }
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.maximumInterval = maximumInterval
    }

    private init(validWeights: [Double]) {
        weights = validWeights
        desiredRetention = 0.9
        maximumInterval = 36_500
    }

    /// The published FSRS-6 default weights, retention 0.9, at most 36,500 days.
    public static let `default` = FSRSParameters(validWeights: [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ])
}
