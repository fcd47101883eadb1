//! Which feature draws each route: the one place a new route meets its screen. The route
//! itself adds what every screen shares (its canonical string, "up", the quick exit).

use crate::error::quoted;
use crate::screen::{Page, Screen};
use crate::view::View;
use crate::{
    OpenLineError, about, children, guide, home, parent, reminders, report, settings, teen,
};
use openline_model::route::Route;

/// The screen of `route`, or why there is none.
pub(crate) fn screen(view: &View, route: &Route) -> Result<Screen, OpenLineError> {
    let page = page(view, route)?;
    Ok(Screen::new(route, page, &view.strings().app.quick_exit))
}

/// What the feature behind `route` shows; an error when the route names a platform or
/// starter the content doesn't have.
fn page(view: &View, route: &Route) -> Result<Page, OpenLineError> {
    let content = view.content;
    let missing = || missing(route);
    Ok(match route {
        Route::Home => home::home(view),
        Route::Teen => teen::teen(view),
        Route::TeenSources => teen::sources(view),
        Route::Report => report::hub(view),
        Route::ReportPlatform(id) => {
            report::platform(view, content.platform(id).ok_or_else(missing)?)
        }
        Route::Parent { age, moment } => parent::starters(view, *age, *moment),
        Route::ParentSaved => parent::saved(view),
        Route::Children => children::children(view),
        Route::Reminders => reminders::page(view),
        Route::Starter(id) => parent::starter(view, content.starter(id).ok_or_else(missing)?),
        Route::Disclosure => guide::disclosure(view),
        Route::WarningSigns => guide::warning_signs(view),
        Route::Settings => settings::settings(view),
        Route::About => about::about(view),
    })
}

/// The error for a route whose platform or starter the content doesn't have.
pub(crate) fn missing(route: &Route) -> OpenLineError {
    OpenLineError::UnknownRoute(format!(
        "There's nothing at {}.",
        quoted(&route.to_string())
    ))
}
