import Foundation

/// Maps over an array on all cores, keeping the input order so that output stays deterministic.
public enum ParallelMap {
    /// `transform` applied to every element, results in input order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// One slot per input, each written once, by one thread.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.withLock { slots[index] = value }
    }

    var values: [R] { lock.withLock { slots.compactMap { $0 } } }
}
