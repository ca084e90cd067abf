/// A unit-length vector over a node model's features, as (feature, weight) pairs sorted by feature.
struct SparseVector: Sendable {
    private(set) var entries: [(feature: Int, weight: Double)]

    /// `weights` scaled to length 1 (by `norm` when given: an answer's length counts features
    /// the model has never seen). An all-zero vector stays zero.
    init(_ weights: [(Int, Double)], norm: Double? = nil) {
        let length = norm ?? weights.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        let scale = length > 0 ? 1 / length : 0
        entries = weights.filter { $0.1 != 0 }.map { (feature: $0.0, weight: $0.1 * scale) }.sorted { $0.feature < $1.feature }
    }

    /// `weights`, already sorted by feature, scaled to length 1.
    init(sorted weights: [(Int, Double)]) {
        let length = weights.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        let scale = length > 0 ? 1 / length : 0
        entries = weights.compactMap { $0.1 == 0 ? nil : (feature: $0.0, weight: $0.1 * scale) }
    }

    var isZero: Bool { entries.isEmpty }

    /// The dot product with `other`.
    func dot(_ other: SparseVector) -> Double {
        var total = 0.0
        var i = 0, j = 0
        let a = entries, b = other.entries
        while i < a.count && j < b.count {
            if a[i].feature == b[j].feature {
                total += a[i].weight * b[j].weight
                i += 1; j += 1
            } else if a[i].feature < b[j].feature {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }
}
