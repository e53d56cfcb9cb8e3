//! Serves the example on 127.0.0.1: `hydra-oidc-example [PORT]` (0, the default, picks a free
//! port). Prints one line, `{"issuer":"http://127.0.0.1:PORT"}`, when ready; Ctrl-C stops it.

use hydra_oidc_example::MemoryOidc;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let issuer = format!("http://{}", listener.local_addr()?);
    println!("{{\"issuer\":\"{issuer}\"}}");
    let app = MemoryOidc::new(&issuer).router();
    // The generated runtime's server: header, idle and request timeouts and a connection
    // limit, all at their defaults.
    ory_hydra_server::runtime::Server::default()
        .run_until(listener, app, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
