#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes every byte to a file descriptor, retrying interrupted and partial writes.
public enum DescriptorWriter {
    /// Nil when all of `bytes` was written, else the `errno` of the failure (`EIO` for a write
    /// that wrote nothing).
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + written, buffer.count - written)
            }
            if result < 0 {
                let code = errno
                if code == EINTR || code == EAGAIN { continue }
                return code
            }
            if result == 0 { return EIO }
            written += result
        }
        return nil
    }
}
