#if canImport(Glibc)
import Foundation
import Glibc

/// Watches every folder below content/ and templates/ with Linux inotify, adding folders as they appear,
/// and the site folder itself for content/ or templates/ being created, replaced or removed.
final class InotifyWatcher: FileWatcher, @unchecked Sendable {
    let name = "inotify"
    private let site: String
    private let onChange: @Sendable ([String]) -> Void
    private let descriptor: Int32
    private let lock = NSLock()
    /// Watch descriptor → the folder it watches, relative to the site ("" is the site folder).
    private var folders: [Int32: String] = [:]
    private var stopped = false
    private var thread: Thread?
    private let finished = DispatchSemaphore(value: 0)

    private static let folderMask = UInt32(
        IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
    private static let siteMask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO) | UInt32(IN_ONLYDIR)

    /// Fails when inotify is unavailable or out of watches (`fs.inotify.max_user_watches`); the caller then polls.
    init(site: String, onChange: @escaping @Sendable ([String]) -> Void) throws {
        self.site = site
        self.onChange = onChange
        descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw ServeError("inotify_init1 failed: \(String(cString: strerror(errno)))") }
        do {
            try watch("", mask: InotifyWatcher.siteMask)
            for root in WatchedTree.roots { _ = try watchTree(root) }
        } catch {
            close(descriptor)
            throw error
        }
    }

    func start() {
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "practica.serve.inotify"
        let startable: Bool = lock.withLock {
            guard !stopped, self.thread == nil else { return false }
            self.thread = thread
            return true
        }
        if startable { thread.start() }
    }

    func stop() {
        let (wasStopped, wasStarted): (Bool, Bool) = lock.withLock {
            defer { stopped = true }
            return (stopped, thread != nil)
        }
        guard !wasStopped else { return }
        // The thread closes the descriptor when it leaves its loop; one never started leaves it to us.
        if wasStarted { finished.wait() } else { close(descriptor) }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run() {
        defer { close(descriptor) }
        let bufferSize = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 8)
        defer { buffer.deallocate() }
        while !isStopped {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, 100)
            guard ready > 0 else { continue }
            var changed: [String] = []
            while true {
                let count = read(descriptor, buffer, bufferSize)
                guard count > 0 else { break }
                var offset = 0
                while offset + 16 <= count {
                    let wd = buffer.load(fromByteOffset: offset, as: Int32.self)
                    let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
                    let namePointer = (buffer + offset + 16).assumingMemoryBound(to: CChar.self)
                    let name = length > 0 ? String(cString: namePointer) : ""
                    changed += handle(wd: wd, mask: mask, name: name)
                    offset += 16 + length
                }
            }
            let relevant = Array(Set(changed)).filter(WatchedTree.matters).sorted()
            if !relevant.isEmpty { onChange(relevant) }
        }
    }

    /// The site-relative paths one event changed, after adding watches for any folder it brought.
    private func handle(wd: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: watch whatever exists now and rebuild everything.
            for root in WatchedTree.roots { _ = try? watchTree(root) }
            return WatchedTree.roots
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            _ = lock.withLock { folders.removeValue(forKey: wd) }
            return []
        }
        guard let folder = lock.withLock({ folders[wd] }) else { return [] }
        if folder.isEmpty {
            guard WatchedTree.roots.contains(name) else { return [] }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { return [name] + ((try? watchTree(name)) ?? []) }
            return [name]
        }
        let path = name.isEmpty ? folder : folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            // Files may have landed in the new folder before its watch existed: report them all.
            return [path] + ((try? watchTree(path)) ?? [])
        }
        return [path]
    }

    private func watch(_ relative: String, mask: UInt32) throws {
        let full = relative.isEmpty ? site : site + "/" + relative
        let wd = inotify_add_watch(descriptor, full, mask)
        guard wd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return }
            throw ServeError("cannot watch \(full): \(String(cString: strerror(errno)))",
                hint: errno == ENOSPC ? "raise fs.inotify.max_user_watches, or use --poll" : nil)
        }
        lock.withLock { folders[wd] = relative }
    }

    /// Watches `relative` and every folder below it; returns the files found there.
    private func watchTree(_ relative: String) throws -> [String] {
        // lstat, not stat: a symbolic link to a folder is a file here, so a link loop cannot recurse forever.
        var files: [String] = []
        guard PollingWatcher.stamp(site + "/" + relative)?.isDirectory == true else { return [] }
        try watch(relative, mask: InotifyWatcher.folderMask | UInt32(IN_ONLYDIR))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: site + "/" + relative)) ?? [] {
            let child = relative + "/" + name
            guard let stamp = PollingWatcher.stamp(site + "/" + child) else { continue }
            if stamp.isDirectory {
                files += try watchTree(child)
            } else {
                files.append(child)
            }
        }
        return files
    }
}
#endif
