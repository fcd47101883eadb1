//! `openline bench`: medians for opening the core and rendering every screen, measured
//! against a real data directory. Figures for the README come from here, not from tests.

use clap::Args;
use openline_core::{Config, OpenLine};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Options for the benchmark.
#[derive(Args)]
pub struct BenchArgs {
    /// Iterations per measurement.
    #[arg(long, default_value_t = 200)]
    iterations: u32,
}

/// Runs the benchmark and prints medians.
pub fn run(args: &BenchArgs) -> Result<ExitCode, String> {
    let iterations = args.iterations.max(1);
    let scratch = std::env::temp_dir().join(format!("openline-bench-{}", std::process::id()));
    let config = |dir: &std::path::Path| Config::new(dir.to_string_lossy(), "en-GB");
    // The first open in a process also parses the embedded content, once.
    let first_dir = scratch.join("first");
    let started = Instant::now();
    OpenLine::open(config(&first_dir))
        .and_then(|core| core.screen("home".into()))
        .map_err(|err| err.to_string())?;
    let first = started.elapsed();
    // The first screen in another language builds that language's pack, once per process.
    let spanish = OpenLine::open(Config::new(scratch.join("es").to_string_lossy(), "es-US"))
        .map_err(|err| err.to_string())?;
    let started = Instant::now();
    spanish
        .screen("home".into())
        .map_err(|err| err.to_string())?;
    let first_spanish = started.elapsed();
    let fresh = measure(iterations, |n| {
        let dir = scratch.join(format!("fresh-{n}"));
        let core = OpenLine::open(config(&dir)).map_err(|err| err.to_string())?;
        core.screen("home".into()).map_err(|err| err.to_string())?;
        Ok(())
    })?;
    let existing_dir = scratch.join("existing");
    OpenLine::open(config(&existing_dir)).map_err(|err| err.to_string())?;
    let existing = measure(iterations, |_| {
        let core = OpenLine::open(config(&existing_dir)).map_err(|err| err.to_string())?;
        core.screen("home".into()).map_err(|err| err.to_string())?;
        Ok(())
    })?;
    println!(
        "first open in a process (parses the embedded content):         {}",
        show(first).replace(" median", "")
    );
    println!(
        "first screen in Spanish in a process (translates the pack):     {}",
        show(first_spanish).replace(" median", "")
    );
    println!(
        "open, fresh data directory (create, migrate, load, render home): {}",
        show(fresh)
    );
    println!(
        "open, existing data directory (and render home):                {}",
        show(existing)
    );
    let core = OpenLine::open(config(&existing_dir)).map_err(|err| err.to_string())?;
    let routes = [
        "home",
        "teen",
        "report",
        "report/instagram",
        "parent",
        "parent?age=14-17&moment=new-device",
        "parent/disclosure",
        "parent/signs",
        "parent/saved",
        "settings",
        "about",
    ];
    let mut slowest = Duration::ZERO;
    for route in routes {
        let median = measure(iterations * 5, |_| {
            core.screen(route.to_owned())
                .map(drop)
                .map_err(|err| err.to_string())
        })?;
        slowest = slowest.max(median);
        println!("render {route:<40} {}", show(median));
    }
    println!("slowest screen median: {}", show(slowest));
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(ExitCode::SUCCESS)
}

fn measure(
    iterations: u32,
    mut work: impl FnMut(u32) -> Result<(), String>,
) -> Result<Duration, String> {
    let mut times = Vec::with_capacity(iterations as usize);
    for n in 0..iterations {
        let start = Instant::now();
        work(n)?;
        times.push(start.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2])
}

fn show(duration: Duration) -> String {
    let micros = duration.as_secs_f64() * 1e6;
    if micros >= 1000.0 {
        format!("{:.2} ms median", micros / 1000.0)
    } else {
        format!("{micros:.1} µs median")
    }
}
