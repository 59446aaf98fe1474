//! Downloads against a real HTTP server on 127.0.0.1 (no internet): the file arrives whole; every
//! failure a network gives is an error naming the address.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::time::Duration;

use cruce_remote::{client, fetch_hts, get, RemoteError};

/// Serves each connection with the answer `respond` gives for the request line, on a thread.
fn serve(respond: impl Fn(&str) -> Vec<u8> + Send + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]).lines().next().unwrap_or_default().to_owned();
            let answer = respond(&request);
            let _ = stream.write_all(&answer);
        }
    });
    addr
}

fn ok(body: &[u8]) -> Vec<u8> {
    let mut r =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
    r.extend_from_slice(body);
    r
}

fn quick() -> reqwest::Client {
    client(Duration::from_millis(500), Duration::from_secs(2))
}

#[tokio::test]
async fn the_hts_and_its_release_name_come_from_the_usitc_addresses() {
    let addr = serve(|request| {
        if request.starts_with("GET /reststop/currentRelease ") {
            ok(b"\"2026HTSRev15\"")
        } else if request.starts_with("GET /reststop/exportList?from=0101&to=9999&format=CSV&styles=false ") {
            ok("HTS Number,Indent\r\n\"0101\",\"0\"\r\n".as_bytes())
        } else {
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
        }
    });
    let (csv, release) = fetch_hts(&quick(), &format!("http://{addr}/")).await.unwrap();
    assert_eq!(csv.bytes, b"HTS Number,Indent\r\n\"0101\",\"0\"\r\n");
    assert_eq!(release.as_deref(), Some("HTS 2026 Revision 15"));
}

#[tokio::test]
async fn a_missing_release_name_does_not_stop_the_download() {
    let addr = serve(|request| {
        if request.contains("currentRelease") {
            b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
        } else {
            ok(b"csv")
        }
    });
    let (csv, release) = fetch_hts(&quick(), &format!("http://{addr}")).await.unwrap();
    assert_eq!((csv.bytes.as_slice(), release), (&b"csv"[..], None));
}

#[tokio::test]
async fn every_network_failure_is_an_error_naming_the_address() {
    // An error status.
    let addr = serve(|_| b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec());
    let url = format!("http://{addr}/x");
    match get(&quick(), &url, 1000).await {
        Err(RemoteError::Status { url: u, status: 500 }) => assert_eq!(u, url),
        other => panic!("{other:?}"),
    }
    // Declared too large: refused before the body is read.
    let addr = serve(|_| b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n".to_vec());
    assert!(matches!(get(&quick(), &format!("http://{addr}/"), 1000).await, Err(RemoteError::TooLarge { max: 1000, .. })));
    // Too large without saying so: stopped when the cap is passed.
    let addr = serve(|_| {
        let mut r = b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".to_vec();
        r.extend(std::iter::repeat_n(b'x', 5000));
        r
    });
    assert!(matches!(get(&quick(), &format!("http://{addr}/"), 1000).await, Err(RemoteError::TooLarge { .. })));
    // The connection breaks before the promised length.
    let addr = serve(|_| b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\nonly part".to_vec());
    let err = get(&quick(), &format!("http://{addr}/"), 1000).await.unwrap_err();
    assert!(matches!(err, RemoteError::Interrupted { .. }), "{err:?}");
    // Nobody listening.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let err = get(&quick(), &format!("http://{closed}/"), 1000).await.unwrap_err();
    assert!(matches!(err, RemoteError::Unreachable { .. }), "{err:?}");
    assert!(err.to_string().starts_with(&format!("cannot reach http://{closed}/")));
    // A server that never answers: the timeout.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_addr = silent.local_addr().unwrap();
    std::thread::spawn(move || {
        let _held: Vec<_> = silent.incoming().take(1).collect();
        std::thread::sleep(Duration::from_secs(5));
    });
    let err =
        get(&client(Duration::from_millis(500), Duration::from_millis(700)), &format!("http://{silent_addr}/"), 1000).await.unwrap_err();
    assert!(matches!(err, RemoteError::Unreachable { .. }), "{err:?}");
    // Not an address at all.
    assert!(matches!(get(&quick(), "not a url", 10).await, Err(RemoteError::BadAddress { .. })));
}

fn shared(path: &str) -> Vec<u8> {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    std::fs::read(dir.join(path)).expect("the shared data folder: set CRUCE_SHARED_DATA")
}

#[tokio::test]
async fn wait_times_arrive_whole_from_the_address_given_and_failures_are_named() {
    let sample = shared("cbp-bwt/wsdot-currentBorderCrossings.json");
    let body = sample.clone();
    let addr = serve(move |request| {
        if request.starts_with("GET /api/bwtnew ") {
            ok(&body)
        } else if request.starts_with("GET /down ") {
            b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
        } else if request.starts_with("GET /slow ") {
            std::thread::sleep(Duration::from_secs(3));
            ok(b"[]")
        } else {
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
        }
    });
    let got = cruce_remote::fetch_wait_times(&quick(), &format!("http://{addr}/api/bwtnew"), Duration::from_secs(5)).await.unwrap();
    assert_eq!(got.bytes, sample, "the answer arrives byte for byte");
    let down = cruce_remote::fetch_wait_times(&quick(), &format!("http://{addr}/down"), Duration::from_secs(5)).await.unwrap_err();
    assert!(matches!(down, RemoteError::Status { status: 500, .. }), "{down:?}");
    // The client's own limit is long; the poll's own timeout cuts the request short.
    let patient = client(Duration::from_secs(5), Duration::from_secs(60));
    let started = std::time::Instant::now();
    let slow = cruce_remote::fetch_wait_times(&patient, &format!("http://{addr}/slow"), Duration::from_millis(500)).await.unwrap_err();
    assert!(matches!(slow, RemoteError::Unreachable { .. } | RemoteError::Interrupted { .. }), "a timeout: {slow:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "the poll's timeout, not the server's 3 s answer");
    let bad = cruce_remote::fetch_wait_times(&quick(), "bwt.cbp.gov without a scheme", Duration::from_secs(5)).await.unwrap_err();
    assert!(matches!(bad, RemoteError::BadAddress { .. }));
}
