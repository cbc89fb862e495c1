//! What the server tests share: an index of the fixtures, a real `newsdex serve` on an
//! ephemeral port of this machine, and a plain HTTP client.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;
use tempfile::TempDir;

/// The newsdex binary, run from the repository (paths print as the CLI prints them there).
pub fn newsdex() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_newsdex"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NEWSDEX_INDEX")
        .env("NO_COLOR", "1");
    c
}

/// A temporary index holding what `ingest` made of `paths`.
pub fn index_of(paths: &[&Path]) -> TempDir {
    let dir = TempDir::new().expect("temp dir");
    let mut cmd = newsdex();
    cmd.arg("--index").arg(dir.path()).arg("ingest").args(paths);
    let out = cmd.output().expect("ingest runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

/// The fixtures' index.
pub fn fixtures_index() -> TempDir {
    index_of(&[Path::new("fixtures")])
}

/// A running `newsdex serve`; stopped (SIGINT, as Ctrl-C) when dropped.
pub struct Server {
    pub child: Child,
    /// `http://127.0.0.1:PORT`, without a final slash.
    pub base: String,
    pub index: PathBuf,
}

impl Server {
    /// Serves `index` on an ephemeral port of 127.0.0.1, with `extra` flags.
    pub fn start(index: &Path, extra: &[&str]) -> Server {
        let mut child = newsdex()
            .arg("--index")
            .arg(index)
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("serve starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the server prints its address");
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .trim_end_matches('/')
            .to_string();
        Server {
            child,
            base,
            index: index.to_path_buf(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends SIGINT (what Ctrl-C sends) and waits for the exit status (a server still running
    /// a minute later is a failure).
    pub fn interrupt(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        let started = std::time::Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the server's status") {
                return status;
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = self.child.kill();
                panic!("the server did not stop on Ctrl-C");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.interrupt();
        }
    }
}

/// An HTTP answer, read whole.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.text()))
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// GET `url` with `headers`.
pub fn get_with(url: &str, headers: &[(&str, &str)]) -> Reply {
    request("GET", url, headers, None)
}

/// A request of any method, with `headers` and, when given, a body.
pub fn request(method: &str, url: &str, headers: &[(&str, &str)], body: Option<&str>) -> Reply {
    let mut req = ureq::http::Request::builder().method(method).uri(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let agent = agent();
    let sent = match body {
        Some(b) => agent.run(req.body(b.to_string()).expect("a request")),
        None => agent.run(req.body(()).expect("a request")),
    };
    let mut res = sent.unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let status = res.status().as_u16();
    let headers = res
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let body = res
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_to_vec()
        .expect("body");
    Reply {
        status,
        headers,
        body,
    }
}

pub fn get(url: &str) -> Reply {
    get_with(url, &[])
}

/// Percent-encodes a query value or a path segment.
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
