//! Renders a screen's blocks as semantic HTML, one function for each kind of block: the web
//! twin of the terminal renderer.

use super::SiteError;
use super::actions::{Marks, Place, control};
use super::frame::{json_array, lines};
use super::paths::PagePath;
use maud::{Markup, html};
use openline_core::{
    Action, ActionItem, Block, Bullet, Card, ChoiceOption, Emphasis, Event, LinkItem, Screen,
    SourceItem, StepItem, Tone,
};

/// The texts a screen's progress line takes as steps are ticked: `texts[n]` is the line with
/// `n` steps done. Found by asking the core, so the words stay the core's.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Which block is the progress line.
    pub block: usize,
    /// The line for 0, 1, ... steps done.
    pub texts: Vec<String>,
    /// The block that clears the ticks, shown only once something is ticked, and the index of
    /// the block it goes before.
    pub clear: Option<(usize, Block)>,
}

/// A screen rendered as the inside of `<main>`, and the pages it links to.
#[derive(Debug)]
pub struct Rendered {
    /// The HTML of the blocks.
    pub html: Markup,
    /// Every page of the site it links to, for the build's link check.
    pub linked: Vec<PagePath>,
}

/// Renders the blocks of `screen`, shown at `place` from the page at `here`.
pub fn render(
    screen: &Screen,
    place: &Place,
    here: &PagePath,
    progress: Option<&Progress>,
) -> Result<Rendered, SiteError> {
    let mut renderer = Renderer {
        place,
        here,
        linked: Vec::new(),
        sectioned: false,
        checkboxes: 0,
    };
    let clear = progress.and_then(|progress| progress.clear.as_ref());
    let mut blocks = Vec::new();
    for (index, block) in screen.blocks.iter().enumerate() {
        if let Some((_, block)) = clear.filter(|(at, _)| *at == index) {
            blocks.push(renderer.when_ticked(block)?);
        }
        let progress = progress.filter(|progress| progress.block == index);
        blocks.push(renderer.block(block, progress)?);
    }
    if let Some((_, block)) = clear.filter(|(at, _)| *at >= screen.blocks.len()) {
        blocks.push(renderer.when_ticked(block)?);
    }
    Ok(Rendered {
        html: html! { @for block in &blocks { (block) } },
        linked: renderer.linked,
    })
}

struct Renderer<'a> {
    place: &'a Place,
    here: &'a PagePath,
    linked: Vec<PagePath>,
    /// Whether a second-level heading came before, so cards' headings go one level deeper.
    sectioned: bool,
    /// Checkboxes so far, for their ids.
    checkboxes: usize,
}

impl Renderer<'_> {
    fn block(&mut self, block: &Block, progress: Option<&Progress>) -> Result<Markup, SiteError> {
        Ok(match block {
            Block::Heading { text } => {
                self.sectioned = true;
                html! { h2 { (text) } }
            }
            Block::Paragraph { text } => paragraph(text, progress),
            Block::Callout { tone, title, text } => callout(*tone, title, text),
            Block::Steps { items } => self.steps(items)?,
            Block::Actions { items, emphasis } => self.actions(items, *emphasis)?,
            Block::Links { items } => self.links(items)?,
            Block::Cards { items } => {
                let cards = items
                    .iter()
                    .map(|card| self.card(card))
                    .collect::<Result<Vec<_>, _>>()?;
                html! { @for card in &cards { (card) } }
            }
            Block::Bullets { items } => bullets(items),
            Block::Choice { label, options } => {
                self.sectioned = true;
                self.choice(label, options)?
            }
            Block::Sources { title, items } => sources(title, items),
        })
    }

    /// A block the page shows only while a step is ticked on this device.
    fn when_ticked(&mut self, block: &Block) -> Result<Markup, SiteError> {
        let inner = self.block(block, None)?;
        Ok(html! { div data-when-ticked hidden { (inner) } })
    }

    fn steps(&mut self, items: &[StepItem]) -> Result<Markup, SiteError> {
        let steps = items
            .iter()
            .map(|step| self.step(step))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(html! { ol.steps { @for step in &steps { (step) } } })
    }

    fn step(&mut self, step: &StepItem) -> Result<Markup, SiteError> {
        let tick_id = match &step.toggle {
            Action::Apply {
                event: Event::TickStep { id } | Event::UntickStep { id },
            } => Some(id),
            _ => None,
        };
        let checkbox = tick_id.map(|id| {
            self.checkboxes += 1;
            (format!("s{}", self.checkboxes), id)
        });
        let button = match &step.action {
            Some(item) => self.action(item, "btn small")?,
            None => None,
        };
        let title = html! { span.n { (step.number) } (step.title) };
        Ok(html! {
            li {
                @if let Some((input, id)) = &checkbox {
                    div.tick {
                        input type="checkbox" id=(input) data-step=(id) checked[step.done];
                        label for=(input) { (title) }
                    }
                } @else {
                    p.tick { (title) }
                }
                p { (lines(&step.body)) (cite(&step.sources)) }
                @if let Some(button) = &button { (button) }
            }
        })
    }

    fn actions(&mut self, items: &[ActionItem], emphasis: Emphasis) -> Result<Markup, SiteError> {
        let class = match emphasis {
            Emphasis::Main => "btn main",
            Emphasis::Normal => "btn",
            Emphasis::Quiet => "row",
        };
        let mut buttons = Vec::new();
        for item in items {
            buttons.extend(self.action(item, class)?);
        }
        Ok(html! {
            @if !buttons.is_empty() {
                ul.actions { @for button in &buttons { li { (button) } } }
            }
        })
    }

    /// A button for an action item with its sources, or `None` if the site can't do it.
    fn action(&mut self, item: &ActionItem, class: &str) -> Result<Option<Markup>, SiteError> {
        let inner = label_detail(&item.label, item.detail.as_deref());
        Ok(self
            .element(&item.action, class, Marks::default(), inner)?
            .map(|button| html! { (button) (cite(&item.sources)) }))
    }

    fn links(&mut self, items: &[LinkItem]) -> Result<Markup, SiteError> {
        let mut rows = Vec::new();
        for item in items {
            let inner = label_detail(&item.label, item.detail.as_deref());
            let action = Action::navigate(&item.route);
            let row = self.element(&action, "row", Marks::default(), inner.clone())?;
            rows.push(row.unwrap_or(inner));
        }
        Ok(html! { ul.links { @for row in &rows { li { (row) } } } })
    }

    fn card(&mut self, card: &Card) -> Result<Markup, SiteError> {
        let opener = html! { (card.opener) };
        let heading = if self.place.route == card.route {
            opener
        } else {
            let action = Action::navigate(&card.route);
            let link = self.element(&action, "opener", Marks::default(), opener.clone())?;
            link.unwrap_or(opener)
        };
        let mut buttons = Vec::new();
        for item in &card.actions {
            buttons.extend(self.action(item, "btn small")?);
        }
        Ok(html! {
            article.card {
                @if self.sectioned { h3 { (heading) } } @else { h2 { (heading) } }
                @if !card.followups.is_empty() {
                    p.part { (card.followups_label) }
                    ul { @for followup in &card.followups { li { (lines(followup)) } } }
                }
                p.worry { strong { (card.worry_label) } " " (lines(&card.worry)) }
                p.tags {
                    @for (index, tag) in card.tags.iter().enumerate() {
                        @if index > 0 { " · " }
                        (tag)
                    }
                    (cite(&card.sources))
                }
                @if !buttons.is_empty() {
                    p.card-actions { @for button in &buttons { (button) } }
                }
            }
        })
    }

    fn choice(&mut self, label: &str, options: &[ChoiceOption]) -> Result<Markup, SiteError> {
        let options = options
            .iter()
            .map(|option| self.option(option))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(html! {
            h2 { (label) }
            ul.choice { @for option in &options { li { (option) } } }
        })
    }

    fn option(&mut self, option: &ChoiceOption) -> Result<Markup, SiteError> {
        let class = if option.selected { "row on" } else { "row" };
        // A language's name is in that language: say so, for screen readers (WCAG 3.1.2).
        let lang = match &option.action {
            Action::Apply {
                event: Event::SetLanguage { tag },
            } => Some(tag.as_str()),
            _ => None,
        };
        let marks = Marks {
            current: option.selected,
            lang,
        };
        let label = html! { (option.label) };
        Ok(self
            .element(&option.action, class, marks, label)?
            .unwrap_or_else(|| html! { span class=(class) { (option.label) } }))
    }

    /// The action as an element around `inner`, noting the pages it links to.
    fn element(
        &mut self,
        action: &Action,
        class: &str,
        marks: Marks,
        inner: Markup,
    ) -> Result<Option<Markup>, SiteError> {
        let control = control(action, self.place)?;
        if let Some(target) = control.page() {
            self.linked.push(target.clone());
        }
        Ok(control.element(self.here, class, marks, inner))
    }
}

/// A paragraph; the progress line carries its text for every count of ticked steps.
fn paragraph(text: &str, progress: Option<&Progress>) -> Markup {
    html! {
        @if let Some(progress) = progress {
            p.progress aria-live="polite" data-progress=(json_array(&progress.texts)) {
                (lines(text))
            }
        } @else {
            p { (lines(text)) }
        }
    }
}

fn callout(tone: Tone, title: &str, text: &str) -> Markup {
    let tone = match tone {
        Tone::Reassure => "reassure",
        Tone::Info => "info",
        Tone::Caution => "caution",
        Tone::Urgent => "urgent",
    };
    html! {
        div.callout.(tone) {
            p { strong { (title) } }
            p { (lines(text)) }
        }
    }
}

fn bullets(items: &[Bullet]) -> Markup {
    html! {
        ul.bullets {
            @for bullet in items { li { (lines(&bullet.text)) (cite(&bullet.sources)) } }
        }
    }
}

fn sources(title: &str, items: &[SourceItem]) -> Markup {
    html! {
        @if !items.is_empty() {
            h2.sources { (title) }
            ul.sources {
                @for source in items {
                    li {
                        span.cite { "[" (source.id) "]" }
                        " " (source.citation)
                        @if let Some(checked) = &source.reviewed {
                            " · " span.reviewed { (checked) }
                        }
                    }
                }
            }
        }
    }
}

fn label_detail(label: &str, detail: Option<&str>) -> Markup {
    html! {
        span.label { (label) }
        @if let Some(detail) = detail { span.detail { (lines(detail)) } }
    }
}

/// The ids of the sources behind a fact, as the terminal shows them: `[2, 7]`.
fn cite(sources: &[String]) -> Markup {
    html! {
        @if !sources.is_empty() {
            " " span.cite { "[" (sources.join(", ")) "]" }
        }
    }
}

#[cfg(test)]
#[path = "blocks_tests.rs"]
mod tests;
