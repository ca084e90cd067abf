import Foundation

/// Transforms inputs on a few threads and hands the results over in input order.
///
/// Inputs are taken in windows of `window`: each window is shared out among `workers` threads,
/// then its results are delivered in order before the next starts, so at most `window`
/// results wait in memory and the output never depends on thread timing.
enum OrderedParallelMap {
    static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], workers: Int, window: Int,
        transform: @escaping @Sendable (Input) -> Output,
        deliver: (Int, Output) throws -> Void
    ) rethrows {
        let workers = max(1, workers)
        let window = max(workers, window)
        var start = 0
        while start < inputs.count {
            let end = min(inputs.count, start + window)
            let slots = Slots<Output>(count: end - start)
            let batch = Array(inputs[start..<end])
            if workers == 1 || batch.count == 1 {
                for (index, input) in batch.enumerated() { slots.store(transform(input), at: index) }
            } else {
                DispatchQueue.concurrentPerform(iterations: min(workers, batch.count)) { _ in
                    while let index = slots.claim() {
                        slots.store(transform(batch[index]), at: index)
                    }
                }
            }
            for (offset, output) in slots.take().enumerated() {
                guard let output else { continue }
                try deliver(start + offset, output)
            }
            start = end
        }
    }

    /// The results of one window, filled by several threads under a lock.
    private final class Slots<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Output?]
        private var next = 0

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        /// The next input index nobody has taken, nil when all are taken.
        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < values.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ value: Output, at index: Int) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        func take() -> [Output?] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }
}
