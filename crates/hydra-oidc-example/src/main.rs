//! Serves the example provider on 127.0.0.1:
//!
//! ```text
//! hydra-oidc-example [PORT] [USER[=EMAIL]]...
//! ```
//!
//! PORT 0 (the default) picks a free port. Each USER is a subject that can sign in with
//! `login_hint=USER` at the authorization endpoint. Prints one line,
//! `{"issuer":"http://127.0.0.1:PORT"}`, when ready; Ctrl-C stops it.

use hydra_oidc_example::MemoryOidc;
use ory_hydra_server::models::OidcUserInfo;

/// mimalloc: with glibc's malloc, threads serving many small requests wait on its arena locks
/// (the load benchmark doubles its throughput with mimalloc).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1).peekable();
    let port: u16 = match args.peek().and_then(|p| p.parse().ok()) {
        Some(port) => {
            args.next();
            port
        }
        None => 0,
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let issuer = format!("http://{}", listener.local_addr()?);
    let mut provider = MemoryOidc::new(&issuer);
    for user in args {
        let (subject, email) = match user.split_once('=') {
            Some((subject, email)) => (subject.to_string(), Some(email.to_string())),
            None => (user, None),
        };
        provider = provider.with_user(OidcUserInfo {
            sub: Some(subject),
            email_verified: email.as_ref().map(|_| true),
            email,
            ..Default::default()
        });
    }
    println!("{{\"issuer\":\"{issuer}\"}}");
    // The generated runtime's server: header, idle and request timeouts and a connection
    // limit, all at their defaults.
    ory_hydra_server::runtime::Server::default()
        .run_until(listener, provider.router(), async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
