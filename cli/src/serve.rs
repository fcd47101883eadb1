//! `openline serve`: a small HTTP/1.1 static file server for previewing the site on this
//! machine only (127.0.0.1). GET and HEAD only, one request per connection, no paths outside
//! the folder.

use crate::site;
use crate::site::server::{ServeError, Server};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `openline serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// The port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// The site folder to serve; without it, the site is built into a temporary folder first.
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// Runs `openline serve` until the process is stopped.
pub fn run(args: &ServeArgs) -> Result<ExitCode, String> {
    let dir = match &args.dir {
        Some(dir) => dir.clone(),
        None => {
            let dir = std::env::temp_dir().join("openline-site-preview");
            site::build(&dir).map_err(|err| ServeError::Build(err).to_string())?;
            dir
        }
    };
    let server = Server::bind(&dir, args.port).map_err(|err| err.to_string())?;
    println!(
        "Serving {} at http://{}/ (Ctrl-C stops)",
        dir.display(),
        server.addr()
    );
    let _ = std::io::stdout().flush();
    server.run().map_err(|err| err.to_string())?;
    Ok(ExitCode::SUCCESS)
}
