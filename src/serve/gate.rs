//! The gate in front of `serve`'s HTTP server: the limits a server that
//! writes files needs, which tiny_http does not have.
//!
//! tiny_http parses requests and writes responses, but reads request lines
//! and headers without a limit, starts a thread for every connection and
//! sets no timeouts. So `serve` listens here instead: the gate accepts a
//! connection only while fewer than [`Limits::connections`] are open, sets
//! read and write timeouts, reads the request head (at most
//! [`Limits::request_line`] and [`Limits::head`] bytes, [`Limits::headers`]
//! lines) and body ([`Limits::body`] bytes, `Content-Length` only) within
//! [`Limits::deadline`], and only then hands the request to tiny_http on a
//! private socket (a Unix socket in a folder only this user can enter), one
//! request per connection. It adds the peer's address as
//! [`PEER_HEADER`] (replacing one the client sent). Anything over a limit
//! gets a short error response and the connection is closed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The header that carries the client's address to the server behind the gate.
pub const PEER_HEADER: &str = "X-Tandem-Peer";

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at the same time (long-lived event streams included).
    pub connections: usize,
    /// Bytes of the request line (method, target, version).
    pub request_line: usize,
    /// Bytes of the whole head (request line and headers).
    pub head: usize,
    /// Header lines.
    pub headers: usize,
    /// Bytes of a request body.
    pub body: usize,
    /// Time to receive a whole request (head and body).
    pub deadline: Duration,
    /// Time a single write to the client may block.
    pub write_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            connections: 64,
            request_line: 8 * 1024,
            head: 32 * 1024,
            headers: 64,
            body: 2 * 1024 * 1024,
            deadline: Duration::from_secs(10),
            write_timeout: Duration::from_secs(10),
        }
    }
}

/// Where the gate hands requests on to.
pub trait Backend: Send + Sync + 'static {
    type Stream: Read + Write + Send + 'static;
    fn connect(&self) -> std::io::Result<Self::Stream>;
}

/// Accepts connections on `listener` forever, passing requests within the
/// limits to `backend`.
pub fn run<B: Backend>(listener: TcpListener, backend: B, limits: Limits) {
    let backend = Arc::new(backend);
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming().flatten() {
        let _ = stream.set_write_timeout(Some(limits.write_timeout));
        if open.fetch_add(1, Ordering::SeqCst) >= limits.connections {
            open.fetch_sub(1, Ordering::SeqCst);
            let mut stream = stream;
            let _ = refuse(
                &mut stream,
                "503 Service Unavailable",
                "too many connections",
            );
            continue;
        }
        let backend = Arc::clone(&backend);
        let open = Arc::clone(&open);
        let spawned = std::thread::Builder::new()
            .name("tandem-gate".into())
            .spawn(move || {
                let _ = pass(stream, &*backend, &limits);
                open.fetch_sub(1, Ordering::SeqCst);
            });
        if spawned.is_err() {
            // No thread could be started: the stream was dropped (closed).
        }
    }
}

/// A request refused by the gate: the status line and a reason.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal(pub &'static str, pub &'static str);

/// Reads one request from `client` within the limits and, when it is
/// acceptable, forwards it to the backend and the answer back.
fn pass<B: Backend>(mut client: TcpStream, backend: &B, limits: &Limits) -> std::io::Result<()> {
    let peer = client.peer_addr().ok();
    let started = Instant::now();
    let request = {
        let mut reader = BufReader::new(Deadline {
            stream: &client,
            until: started + limits.deadline,
        });
        read_request(&mut reader, limits, peer)
    };
    let request = match request {
        Ok(r) => r,
        Err(Refusal(status, why)) => return refuse(&mut client, status, why),
    };
    let mut upstream = backend.connect()?;
    upstream.write_all(&request)?;
    upstream.flush()?;
    // The answer (for an event stream, for as long as it lasts).
    let mut buf = [0u8; 16 * 1024];
    loop {
        let n = upstream.read(&mut buf)?;
        if n == 0 {
            break;
        }
        client.write_all(&buf[..n])?;
        client.flush()?;
    }
    let _ = client.shutdown(std::net::Shutdown::Both);
    Ok(())
}

/// A reader that gives up once `until` has passed (each read waits at most
/// until then).
struct Deadline<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl Read for Deadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        let mut s = self.stream;
        s.read(buf)
    }
}

/// Reads the head and body of one request and returns it as it is passed
/// on: `Connection: close`, the peer header set, at most one body.
pub fn read_request(
    reader: &mut impl BufRead,
    limits: &Limits,
    peer: Option<SocketAddr>,
) -> Result<Vec<u8>, Refusal> {
    const TIMEOUT: Refusal = Refusal("408 Request Timeout", "the request took too long");
    let request_line = read_line(reader, limits.request_line).map_err(|e| match e {
        LineError::TooLong => Refusal("414 URI Too Long", "the request line is too long"),
        LineError::Io => TIMEOUT,
    })?;
    let mut parts = request_line.split(' ');
    let (Some(_method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Refusal("400 Bad Request", "malformed request line"));
    };
    if !target.starts_with('/') || !version.starts_with("HTTP/1.") {
        return Err(Refusal("400 Bad Request", "malformed request line"));
    }
    let mut out = format!("{request_line}\r\n");
    let mut size = request_line.len();
    let mut length = 0usize;
    for count in 0.. {
        let line = read_line(reader, limits.head).map_err(|e| match e {
            LineError::TooLong => Refusal(
                "431 Request Header Fields Too Large",
                "the request headers are too large",
            ),
            LineError::Io => TIMEOUT,
        })?;
        size += line.len() + 2;
        if line.is_empty() {
            break;
        }
        if size > limits.head || count >= limits.headers {
            return Err(Refusal(
                "431 Request Header Fields Too Large",
                "the request headers are too large",
            ));
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(Refusal("400 Bad Request", "malformed header"));
        };
        let name = name.trim();
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            length = value
                .parse()
                .map_err(|_| Refusal("400 Bad Request", "bad Content-Length"))?;
            if length > limits.body {
                return Err(Refusal(
                    "413 Payload Too Large",
                    "the request body is too large",
                ));
            }
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            return Err(Refusal(
                "411 Length Required",
                "send the body with a Content-Length",
            ));
        } else if name.eq_ignore_ascii_case("connection")
            || name.eq_ignore_ascii_case(PEER_HEADER)
            || name.eq_ignore_ascii_case("expect")
        {
            continue;
        }
        out.push_str(&line);
        out.push_str("\r\n");
    }
    if let Some(peer) = peer {
        out.push_str(&format!("{PEER_HEADER}: {}\r\n", peer.ip()));
    }
    out.push_str("Connection: close\r\n\r\n");
    let mut request = out.into_bytes();
    let head = request.len();
    request.resize(head + length, 0);
    reader
        .read_exact(&mut request[head..])
        .map_err(|_| TIMEOUT)?;
    Ok(request)
}

enum LineError {
    TooLong,
    Io,
}

/// One line ending in CRLF (or LF), without it; ASCII only.
fn read_line(reader: &mut impl BufRead, max: usize) -> Result<String, LineError> {
    let mut line = Vec::new();
    let read = reader
        .take(max as u64 + 2)
        .read_until(b'\n', &mut line)
        .map_err(|_| LineError::Io)?;
    if read == 0 {
        return Err(LineError::Io);
    }
    if line.last() != Some(&b'\n') {
        return Err(if line.len() > max {
            LineError::TooLong
        } else {
            LineError::Io
        });
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    if line.len() > max {
        return Err(LineError::TooLong);
    }
    // Header values are ASCII in practice; anything else is refused by
    // tiny_http as well.
    String::from_utf8(line).map_err(|_| LineError::TooLong)
}

fn refuse(stream: &mut TcpStream, status: &str, why: &str) -> std::io::Result<()> {
    let body = format!("{why}\n");
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()?;
    let _ = stream.shutdown(std::net::Shutdown::Write);
    Ok(())
}

#[cfg(unix)]
pub use unix::Private;

#[cfg(unix)]
mod unix {
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::PathBuf;

    /// A Unix socket in a new folder that only this user can enter.
    pub struct Private {
        _dir: tempfile::TempDir,
        path: PathBuf,
    }

    impl Private {
        pub fn new() -> std::io::Result<(Private, UnixListener)> {
            let dir = tempfile::Builder::new().prefix("tandem-serve-").tempdir()?;
            std::fs::set_permissions(
                dir.path(),
                std::os::unix::fs::PermissionsExt::from_mode(0o700),
            )?;
            let path = dir.path().join("http.sock");
            let listener = UnixListener::bind(&path)?;
            Ok((Private { _dir: dir, path }, listener))
        }
    }

    impl super::Backend for Private {
        type Stream = UnixStream;
        fn connect(&self) -> std::io::Result<UnixStream> {
            UnixStream::connect(&self.path)
        }
    }
}

#[cfg(not(unix))]
pub use other::Private;

#[cfg(not(unix))]
mod other {
    use std::net::{SocketAddr, TcpListener, TcpStream};

    /// Elsewhere: a loopback port. (Requests that bypass the gate still
    /// meet every check of the server; only the limits are the gate's.)
    pub struct Private {
        addr: SocketAddr,
    }

    impl Private {
        pub fn new() -> std::io::Result<(Private, TcpListener)> {
            let listener = TcpListener::bind(("127.0.0.1", 0))?;
            Ok((
                Private {
                    addr: listener.local_addr()?,
                },
                listener,
            ))
        }
    }

    impl super::Backend for Private {
        type Stream = TcpStream;
        fn connect(&self) -> std::io::Result<TcpStream> {
            TcpStream::connect(self.addr)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Result<String, Refusal> {
        let limits = Limits {
            request_line: 64,
            head: 256,
            headers: 8,
            body: 16,
            ..Limits::default()
        };
        let peer = "127.0.0.1:5000".parse().ok();
        read_request(&mut input.as_bytes(), &limits, peer).map(|r| String::from_utf8(r).unwrap())
    }

    #[test]
    fn requests_within_the_limits_are_passed_on_one_per_connection() {
        let r = read("POST /a HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nX-Tandem-Peer: 1.2.3.4\r\nContent-Length: 3\r\n\r\nabcdef").unwrap();
        assert_eq!(
            r,
            "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nX-Tandem-Peer: 127.0.0.1\r\nConnection: close\r\n\r\nabc"
        );
    }

    #[test]
    fn requests_over_a_limit_are_refused() {
        let long_target = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(100));
        assert_eq!(read(&long_target).unwrap_err().0, "414 URI Too Long");
        let big_header = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(300));
        assert_eq!(
            read(&big_header).unwrap_err().0,
            "431 Request Header Fields Too Large"
        );
        let many = format!("GET / HTTP/1.1\r\n{}\r\n", "X: y\r\n".repeat(9));
        assert_eq!(
            read(&many).unwrap_err().0,
            "431 Request Header Fields Too Large"
        );
        let body = "POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n";
        assert_eq!(read(body).unwrap_err().0, "413 Payload Too Large");
        let chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        assert_eq!(read(chunked).unwrap_err().0, "411 Length Required");
        assert_eq!(
            read("GET / HTTP/1.1\r\nHost").unwrap_err().0,
            "408 Request Timeout"
        );
        assert_eq!(
            read("GET http://x/ HTTP/1.1\r\n\r\n").unwrap_err().0,
            "400 Bad Request"
        );
        let short_body = "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab";
        assert_eq!(read(short_body).unwrap_err().0, "408 Request Timeout");
    }
}
