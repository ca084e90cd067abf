import Synchronization

/// Words' Malay and English stems once worked out, shared by the copies of an analyser and safe
/// across threads. Bounded: past `capacity` words it starts again empty.
final class StemCache: Sendable {
    static let capacity = 50_000
    private let stems = Mutex<[String: (String, String)]>([:])

    /// The stems of `word`, from the cache or from `compute`.
    func stems(of word: String, compute: () -> (String, String)) -> (String, String) {
        if let known = stems.withLock({ $0[word] }) { return known }
        let computed = compute()
        stems.withLock { cache in
            if cache.count >= Self.capacity { cache.removeAll(keepingCapacity: true) }
            cache[word] = computed
        }
        return computed
    }
}
