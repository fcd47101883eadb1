//! `openline site`: the core's screens as a static web site, one page for each route, region
//! and language, built only from the `Screen` values the core returns.
//!
//! Pages live at `/<lang>/<region>/<route as folders>/index.html` and link to each other with
//! relative links, so the site works from any folder, from disk, and offline once visited.

mod actions;
mod blocks;
mod collect;
mod files;
mod frame;
mod index;
mod paths;
pub mod server;
mod strings;

use actions::checked_web_address;
use blocks::Progress;
use collect::{Edition, RegionPages};
use frame::{Frame, Up};
use paths::PagePath;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The file that marks a folder as a site this command wrote, so it may replace it.
pub const MARKER: &str = ".openline-site";

const SHARED_FILES: [(&str, &str); 3] = [
    (frame::CSS_FILE, include_str!("assets/site.css")),
    (frame::JS_FILE, include_str!("assets/site.js")),
    ("sw.js", include_str!("assets/sw.js")),
];

/// Arguments of `openline site`.
#[derive(clap::Args)]
pub struct SiteArgs {
    /// The folder to write the site to; replaced if an earlier `openline site` wrote it.
    #[arg(long)]
    pub out: PathBuf,
}

/// Why the site could not be built.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    /// The core refused a request or returned something the site can't use.
    #[error("the core: {0}")]
    Core(String),
    /// A route the core gave does not parse.
    #[error("route \"{route}\": {reason}")]
    Route {
        /// The route.
        route: String,
        /// Why it doesn't parse.
        reason: String,
    },
    /// A language tag or region code that can't be a folder name.
    #[error("\"{0}\" can't be a folder name")]
    BadName(String),
    /// A web address that is not `https`.
    #[error("refusing to link to \"{0}\": not https")]
    UnsafeUrl(String),
    /// A page links to a page the site does not have.
    #[error("{} links to {}, which the site doesn't have", from.display(), to.display())]
    DanglingLink {
        /// The page with the link.
        from: PathBuf,
        /// Where it leads.
        to: PathBuf,
    },
    /// The output folder holds files this command didn't write.
    #[error(
        "{} is not empty and wasn't written by `openline site`; choose another --out",
        .0.display()
    )]
    NotASite(PathBuf),
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
}

/// What a build wrote.
pub struct Summary {
    /// Pages written, the root and 404 pages included.
    pub pages: usize,
    /// The languages, such as `en`.
    pub languages: Vec<String>,
    /// The region codes.
    pub regions: Vec<String>,
}

/// Runs `openline site`.
pub fn run(args: &SiteArgs) -> Result<ExitCode, String> {
    let summary = build(&args.out).map_err(|err| err.to_string())?;
    println!(
        "Wrote {} pages ({} × {}) to {}",
        summary.pages,
        summary.languages.join(", "),
        summary.regions.join(", "),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Builds the site into `out`: into a fresh folder beside it, which then replaces it.
pub fn build(out: &Path) -> Result<Summary, SiteError> {
    check_replaceable(out)?;
    let editions = collect::collect()?;
    let name = out
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "site".to_owned());
    let staging = out.with_file_name(format!(".{name}.building-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let written = write_site(&staging, &editions).and_then(|pages| {
        check_replaceable(out)?;
        if out.exists() {
            std::fs::remove_dir_all(out).map_err(io_error(out))?;
        }
        std::fs::rename(&staging, out).map_err(io_error(out))?;
        Ok(pages)
    });
    if written.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    Ok(Summary {
        pages: written?,
        languages: editions.iter().map(|e| e.lang.clone()).collect(),
        regions: editions
            .first()
            .map(|e| e.regions.iter().map(|r| r.code.clone()).collect())
            .unwrap_or_default(),
    })
}

/// `out` may be replaced if it is missing, empty, or an earlier site.
fn check_replaceable(out: &Path) -> Result<(), SiteError> {
    if !out.exists() || out.join(MARKER).exists() {
        return Ok(());
    }
    let mut entries = std::fs::read_dir(out).map_err(io_error(out))?;
    if entries.next().is_some() {
        return Err(SiteError::NotASite(out.to_owned()));
    }
    Ok(())
}

fn write_site(dir: &Path, editions: &[Edition]) -> Result<usize, SiteError> {
    let mut pages: BTreeSet<PagePath> = BTreeSet::new();
    let mut links: Vec<(PagePath, PagePath)> = Vec::new();
    for edition in editions {
        for region in &edition.regions {
            for (here, html, linked) in region_pages(&edition.lang, region)? {
                write(dir, &here.file(), &html)?;
                links.extend(linked.into_iter().map(|to| (here.clone(), to)));
                pages.insert(here);
            }
        }
    }
    for (from, to) in links {
        if !pages.contains(&to) {
            return Err(SiteError::DanglingLink {
                from: from.file(),
                to: to.file(),
            });
        }
    }
    write(
        dir,
        Path::new("index.html"),
        &index::chooser(editions, "", false)?,
    )?;
    write(
        dir,
        Path::new("404.html"),
        &index::chooser(editions, "/", true)?,
    )?;
    for (path, text) in SHARED_FILES {
        write(dir, Path::new(path), text)?;
    }
    write(dir, Path::new(MARKER), "Written by `openline site`.\n")?;
    Ok(pages.len() + 2)
}

/// Every page of one region in one language: where it lives, its HTML, and what it links to.
fn region_pages(
    lang: &str,
    region: &RegionPages,
) -> Result<Vec<(PagePath, String, Vec<PagePath>)>, SiteError> {
    let titles: BTreeMap<String, &str> = region
        .screens
        .iter()
        .map(|(route, screen)| Ok((paths::canonical_route(route)?, screen.title.as_str())))
        .collect::<Result<_, SiteError>>()?;
    let site_name = titles.get("home").copied().unwrap_or_default();
    let mut out = Vec::new();
    for (route, screen) in &region.screens {
        let place = actions::Place {
            lang: lang.to_owned(),
            region: region.code.clone(),
            route: paths::canonical_route(route)?,
            calendars: region.calendars.get(route).cloned().unwrap_or_default(),
        };
        let here = place.page(route)?;
        let progress: Option<&Progress> = region.progress.get(route);
        let mut rendered = blocks::render(screen, &place, &here, progress)?;
        let up = match &screen.up {
            Some(up) => {
                let target = place.page(up)?;
                let label = titles
                    .get(&paths::canonical_route(up)?)
                    .copied()
                    .unwrap_or(up.as_str())
                    .to_owned();
                let href = here.href_to(&target);
                rendered.linked.push(target);
                Some(Up { href, label })
            }
            None => None,
        };
        if let Some(exit) = &screen.quick_exit {
            checked_web_address(&exit.url)?;
        }
        let frame = Frame {
            lang,
            title: &screen.title,
            site_name,
            root: &here.href_to_file(""),
            up,
            quick_exit: screen.quick_exit.as_ref(),
        };
        let html = frame.render(rendered.html);
        out.push((here, html, rendered.linked));
    }
    Ok(out)
}

fn write(dir: &Path, path: &Path, text: &str) -> Result<(), SiteError> {
    let path = dir.join(path);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io_error(parent))?;
    }
    std::fs::write(&path, text).map_err(io_error(&path))
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> SiteError + '_ {
    move |source| SiteError::Io {
        path: path.to_owned(),
        source,
    }
}

#[cfg(test)]
#[path = "site_tests.rs"]
mod tests;
