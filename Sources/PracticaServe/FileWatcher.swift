import Foundation

/// Notices changes below the site's watched folders and reports them as site-relative paths.
protocol FileWatcher: AnyObject, Sendable {
    /// Which mechanism it is, for the start-up line.
    var name: String { get }
    func start()
    func stop()
}

/// The folders a site is built from, and the file names that are never worth a rebuild.
enum WatchedTree {
    /// Relative to the site folder.
    static let roots = ["content", "templates"]

    /// Editors' swap, backup and lock files: saving a card does not change what they are.
    static func isIgnored(_ name: String) -> Bool {
        name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix(".#") || name == "4913"
            || (name.hasPrefix("#") && name.hasSuffix("#"))
    }

    /// Whether a site-relative path is worth a rebuild.
    static func matters(_ path: String) -> Bool {
        guard let name = path.split(separator: "/").last else { return false }
        return !isIgnored(String(name))
    }
}

/// Looks at every file's modification time and size below the watched folders, every `interval`.
/// Works on every file system, including the network and container ones where inotify sees nothing.
final class PollingWatcher: FileWatcher, @unchecked Sendable {
    let name = "polling"
    private let site: String
    private let interval: Duration
    private let onChange: @Sendable ([String]) -> Void
    private let queue = DispatchQueue(label: "practica.serve.polling")
    private var timer: (any DispatchSourceTimer)?
    private var snapshot: [String: Stamp] = [:]

    struct Stamp: Equatable {
        var modified: timespec
        var size: Int64
        var isDirectory: Bool

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec && a.size == b.size
                && a.isDirectory == b.isDirectory
        }
    }

    init(site: String, interval: Duration, onChange: @escaping @Sendable ([String]) -> Void) {
        self.site = site
        self.interval = interval
        self.onChange = onChange
    }

    func start() {
        queue.sync {
            snapshot = scan()
            let timer = DispatchSource.makeTimerSource(queue: queue)
            let nanoseconds = Int(interval.components.seconds) * 1_000_000_000 + Int(interval.components.attoseconds / 1_000_000_000)
            timer.schedule(deadline: .now() + .nanoseconds(nanoseconds), repeating: .nanoseconds(nanoseconds), leeway: .milliseconds(10))
            timer.setEventHandler { [weak self] in self?.poll() }
            timer.resume()
            self.timer = timer
        }
    }

    func stop() {
        queue.sync {
            timer?.cancel()
            timer = nil
        }
    }

    private func poll() {
        let current = scan()
        var changed: [String] = []
        for (path, stamp) in current where snapshot[path] != stamp { changed.append(path) }
        for path in snapshot.keys where current[path] == nil { changed.append(path) }
        snapshot = current
        let relevant = changed.filter(WatchedTree.matters).sorted()
        if !relevant.isEmpty { onChange(relevant) }
    }

    /// Every file and folder below the watched roots, by site-relative path. Symbolic links are not followed.
    func scan() -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        func visit(_ relative: String) {
            guard let stamp = PollingWatcher.stamp(site + "/" + relative) else { return }
            result[relative] = stamp
            guard stamp.isDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: site + "/" + relative) else { return }
            for name in names { visit(relative + "/" + name) }
        }
        for root in WatchedTree.roots { visit(root) }
        return result
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return Stamp(modified: modified, size: Int64(info.st_size), isDirectory: info.st_mode & S_IFMT == S_IFDIR)
    }
}

/// Collects a burst of changes and hands them over once no new one has come for `delay`
/// (or `maxDelay` after the first, so that a steady stream of writes still gets built).
/// `flush` runs on `queue`, which should be serial: changes that come during a rebuild wait for the next one.
final class ChangeDebouncer: @unchecked Sendable {
    private let delay: Duration
    private let maxDelay: Duration
    private let queue: DispatchQueue
    private let flush: @Sendable ([String]) -> Void
    private let lock = NSLock()
    private var pending: Set<String> = []
    private var generation = 0
    private var firstChange: ContinuousClock.Instant?

    init(delay: Duration, maxDelay: Duration = .milliseconds(500), queue: DispatchQueue, flush: @escaping @Sendable ([String]) -> Void) {
        self.delay = delay
        self.maxDelay = maxDelay
        self.queue = queue
        self.flush = flush
    }

    func add(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        let current: Int = lock.withLock {
            pending.formUnion(paths)
            if firstChange == nil { firstChange = ContinuousClock.now }
            generation += 1
            return generation
        }
        let milliseconds = Int(delay.components.seconds) * 1000 + Int(delay.components.attoseconds / 1_000_000_000_000_000)
        queue.asyncAfter(deadline: .now() + .milliseconds(milliseconds)) { [self] in
            let batch: [String]? = lock.withLock {
                guard !pending.isEmpty else { return nil }
                let overdue = firstChange.map { ContinuousClock.now - $0 >= maxDelay } ?? false
                guard current == generation || overdue else { return nil }
                defer {
                    pending = []
                    firstChange = nil
                }
                return pending.sorted()
            }
            if let batch { flush(batch) }
        }
    }
}
