import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP listener on 127.0.0.1 that accepts and at once closes every connection, counting them.
///
/// Given to a browser as its only proxy (with every host name resolving to nothing), it sees
/// each request a page makes to the network: a page that loads nothing leaves the count at 0.
final class ConnectionTrap: @unchecked Sendable {
    let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var accepted = 0
    private var lines: [String] = []
    private var thread: Thread?

    struct SetupFailed: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        guard socket >= 0 else { throw SetupFailed(description: "socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && listen(socket, 64) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else {
            close(socket)
            throw SetupFailed(description: "bind/listen: errno \(errno)")
        }
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in
            while true {
                let connection = accept(socket, nil, nil)
                guard connection >= 0 else { return }
                // The request's first line (`CONNECT host:443 HTTP/1.1`, `GET http://…`), for the message.
                var timeout = timeval(tv_sec: 1, tv_usec: 0)
                setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                var buffer = [UInt8](repeating: 0, count: 512)
                let read = recv(connection, &buffer, buffer.count, 0)
                let text = read > 0 ? String(decoding: buffer[0..<read], as: UTF8.self) : ""
                lock.lock()
                accepted += 1
                lines.append(text.components(separatedBy: "\r\n").first ?? "")
                lock.unlock()
                close(connection)
            }
        }
        self.thread = thread
        thread.start()
    }

    /// Connections accepted so far.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return accepted
    }

    /// The first line of each request so far.
    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }

    /// The hosts of the requests so far that are not the browser's own (`browserOwnHosts`).
    var pageHosts: [String] {
        requests.compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count >= 2 else { return line }
            var target = String(parts[1])
            if let scheme = target.range(of: "://") { target = String(target[scheme.upperBound...]) }
            let host = String(target.prefix { $0 != "/" && $0 != ":" && $0 != "?" })
            return Self.browserOwnHosts.contains(host) ? nil : host
        }
    }

    /// Chromium's own background traffic that no flag turns off in headless mode (component
    /// updates, network time, sign-in): exact hosts, so that a page fetching from another host of
    /// the same company (`fonts.googleapis.com`) is still caught.
    static let browserOwnHosts: Set<String> = [
        "clients2.google.com", "update.googleapis.com", "accounts.google.com", "clientservices.googleapis.com",
        "safebrowsing.googleapis.com", "optimizationguide-pa.googleapis.com", "redirector.gvt1.com",
        "edgedl.me.gvt1.com", "content-autofill.googleapis.com", "android.clients.google.com",
    ]

    /// Stops listening (the accepting thread ends on the closed socket).
    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    /// Chromium flags that send every request of a page through this trap, and resolve no name.
    var chromiumFlags: [String] {
        ["--proxy-server=http://127.0.0.1:\(port)", "--proxy-bypass-list=<-loopback>",
         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--no-default-browser-check", "--disable-domain-reliability",
         "--disable-features=OptimizationHints,MediaRouter,AutofillServerCommunication,NetworkTimeServiceQuerying"]
    }
}
