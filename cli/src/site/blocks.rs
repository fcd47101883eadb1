//! Renders a screen's blocks as semantic HTML: the web twin of the terminal renderer.

use super::SiteError;
use super::actions::{Place, control};
use super::html::{escape, escape_lines, json_array};
use super::paths::PagePath;
use openline_core::{
    Action, ActionItem, Block, Card, ChoiceOption, Event, Screen, SourceItem, StepItem, Tone,
};

/// The texts a screen's progress line takes as steps are ticked: `texts[n]` is the line with
/// `n` steps done. Found by asking the core, so the words stay the core's.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Which block is the progress line.
    pub block: usize,
    /// The line for 0, 1, ... steps done.
    pub texts: Vec<String>,
}

/// A screen rendered as the inside of `<main>`, and the pages it links to.
#[derive(Debug)]
pub struct Rendered {
    /// The HTML of the blocks.
    pub html: String,
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
        out: String::new(),
        linked: Vec::new(),
        sectioned: false,
        ids: 0,
    };
    for (index, block) in screen.blocks.iter().enumerate() {
        let progress = progress.filter(|progress| progress.block == index);
        renderer.block(block, progress)?;
    }
    Ok(Rendered {
        html: renderer.out,
        linked: renderer.linked,
    })
}

struct Renderer<'a> {
    place: &'a Place,
    here: &'a PagePath,
    out: String,
    linked: Vec<PagePath>,
    /// Whether a second-level heading came before, so cards' headings go one level deeper.
    sectioned: bool,
    ids: usize,
}

impl Renderer<'_> {
    fn block(&mut self, block: &Block, progress: Option<&Progress>) -> Result<(), SiteError> {
        match block {
            Block::Heading { text } => {
                self.sectioned = true;
                self.push(&format!("<h2>{}</h2>\n", escape(text)));
            }
            Block::Paragraph { text } => match progress {
                Some(progress) => self.push(&format!(
                    "<p class=\"progress\" aria-live=\"polite\" data-progress=\"{}\">{}</p>\n",
                    escape(&json_array(&progress.texts)),
                    escape_lines(text)
                )),
                None => self.push(&format!("<p>{}</p>\n", escape_lines(text))),
            },
            Block::Callout { tone, title, text } => {
                let tone = match tone {
                    Tone::Reassure => "reassure",
                    Tone::Info => "info",
                    Tone::Caution => "caution",
                    Tone::Urgent => "urgent",
                };
                self.push(&format!(
                    "<div class=\"callout {tone}\"><p><strong>{}</strong></p><p>{}</p></div>\n",
                    escape(title),
                    escape_lines(text)
                ));
            }
            Block::Steps { items } => {
                self.push("<ol class=\"steps\">\n");
                for step in items {
                    self.step(step)?;
                }
                self.push("</ol>\n");
            }
            Block::Actions { items } => {
                let mut buttons = String::new();
                for item in items {
                    if let Some(button) = self.action(item, "btn")? {
                        buttons.push_str(&format!("<li>{button}</li>\n"));
                    }
                }
                if !buttons.is_empty() {
                    self.push(&format!("<ul class=\"actions\">\n{buttons}</ul>\n"));
                }
            }
            Block::Links { items } => {
                self.push("<ul class=\"links\">\n");
                for item in items {
                    let inner = label_detail(&item.label, item.detail.as_deref());
                    let link = self.wrap(&Action::navigate(&item.route), "row", "", &inner)?;
                    self.push(&format!("<li>{}</li>\n", link.unwrap_or(inner)));
                }
                self.push("</ul>\n");
            }
            Block::Cards { items } => {
                for card in items {
                    self.card(card)?;
                }
            }
            Block::Bullets { items } => {
                self.push("<ul class=\"bullets\">\n");
                for bullet in items {
                    let text = escape_lines(&bullet.text);
                    self.push(&format!("<li>{text}{}</li>\n", cite(&bullet.sources)));
                }
                self.push("</ul>\n");
            }
            Block::Choice { label, options } => {
                self.sectioned = true;
                self.push(&format!(
                    "<h2>{}</h2>\n<ul class=\"choice\">\n",
                    escape(label)
                ));
                for option in options {
                    self.option(option)?;
                }
                self.push("</ul>\n");
            }
            Block::Sources { title, items } => {
                if !items.is_empty() {
                    self.push(&format!("<h2 class=\"sources\">{}</h2>\n", escape(title)));
                    self.push("<ul class=\"sources\">\n");
                    for source in items {
                        self.push(&source_line(source));
                    }
                    self.push("</ul>\n");
                }
            }
        }
        Ok(())
    }

    fn step(&mut self, step: &StepItem) -> Result<(), SiteError> {
        let number = format!("<span class=\"n\">{}</span>", step.number);
        let title = escape(&step.title);
        let id = match &step.toggle {
            Action::Apply {
                event: Event::TickStep { id } | Event::UntickStep { id },
            } => Some(id),
            _ => None,
        };
        self.push("<li>");
        match id {
            Some(step_id) => {
                self.ids += 1;
                let checked = if step.done { " checked" } else { "" };
                self.push(&format!(
                    "<div class=\"tick\"><input type=\"checkbox\" id=\"s{n}\" data-step=\"{}\"{checked}><label for=\"s{n}\">{number}{title}</label></div>",
                    escape(step_id),
                    n = self.ids
                ));
            }
            None => self.push(&format!("<p class=\"tick\">{number}{title}</p>")),
        }
        self.push(&format!(
            "<p>{}{}</p>",
            escape_lines(&step.body),
            cite(&step.sources)
        ));
        if let Some(item) = &step.action
            && let Some(button) = self.action(item, "btn small")?
        {
            self.push(&button);
        }
        self.push("</li>\n");
        Ok(())
    }

    /// A button for an action item with its sources, or `None` if the site can't do it.
    fn action(&mut self, item: &ActionItem, class: &str) -> Result<Option<String>, SiteError> {
        let inner = label_detail(&item.label, item.detail.as_deref());
        Ok(self
            .wrap(&item.action, class, "", &inner)?
            .map(|button| format!("{button}{}", cite(&item.sources))))
    }

    fn card(&mut self, card: &Card) -> Result<(), SiteError> {
        let level = if self.sectioned { 3 } else { 2 };
        let opener = escape(&card.opener);
        let heading = if self.place.route == card.route {
            opener
        } else {
            let link = self.wrap(&Action::navigate(&card.route), "opener", "", &opener)?;
            link.unwrap_or(opener)
        };
        self.push(&format!(
            "<article class=\"card\">\n<h{level}>{heading}</h{level}>\n"
        ));
        if !card.followups.is_empty() {
            self.push(&format!(
                "<p class=\"part\">{}</p>\n<ul>\n",
                escape(&card.followups_label)
            ));
            for followup in &card.followups {
                self.push(&format!("<li>{}</li>\n", escape_lines(followup)));
            }
            self.push("</ul>\n");
        }
        self.push(&format!(
            "<p class=\"worry\"><strong>{}</strong> {}</p>\n",
            escape(&card.worry_label),
            escape_lines(&card.worry)
        ));
        let tags: Vec<String> = card.tags.iter().map(|tag| escape(tag)).collect();
        self.push(&format!(
            "<p class=\"tags\">{}{}</p>\n",
            tags.join(" · "),
            cite(&card.sources)
        ));
        let mut buttons = String::new();
        for item in &card.actions {
            if let Some(button) = self.action(item, "btn small")? {
                buttons.push_str(&button);
            }
        }
        if !buttons.is_empty() {
            self.push(&format!("<p class=\"card-actions\">{buttons}</p>\n"));
        }
        self.push("</article>\n");
        Ok(())
    }

    fn option(&mut self, option: &ChoiceOption) -> Result<(), SiteError> {
        let label = escape(&option.label);
        let (class, current) = if option.selected {
            ("row on", " aria-current=\"true\"")
        } else {
            ("row", "")
        };
        // A language's name is in that language: say so, for screen readers (WCAG 3.1.2).
        let extra = match &option.action {
            Action::Apply {
                event: Event::SetLanguage { tag },
            } => format!("{current} lang=\"{0}\" hreflang=\"{0}\"", escape(tag)),
            _ => current.to_owned(),
        };
        let link = self.wrap(&option.action, class, &extra, &label)?;
        let item = link.unwrap_or_else(|| format!("<span class=\"{class}\">{label}</span>"));
        self.push(&format!("<li>{item}</li>\n"));
        Ok(())
    }

    /// The action as an element around `inner`, noting the pages it links to.
    fn wrap(
        &mut self,
        action: &Action,
        class: &str,
        extra: &str,
        inner: &str,
    ) -> Result<Option<String>, SiteError> {
        let control = control(action, self.place)?;
        if let Some(target) = control.page() {
            self.linked.push(target.clone());
        }
        Ok(control.wrap(self.here, class, extra, inner))
    }

    fn push(&mut self, html: &str) {
        self.out.push_str(html);
    }
}

fn label_detail(label: &str, detail: Option<&str>) -> String {
    let detail = detail
        .map(|detail| format!("<span class=\"detail\">{}</span>", escape_lines(detail)))
        .unwrap_or_default();
    format!("<span class=\"label\">{}</span>{detail}", escape(label))
}

/// The ids of the sources behind a fact, as the terminal shows them: `[2, 7]`.
fn cite(sources: &[String]) -> String {
    if sources.is_empty() {
        String::new()
    } else {
        format!(
            " <span class=\"cite\">[{}]</span>",
            escape(&sources.join(", "))
        )
    }
}

fn source_line(source: &SourceItem) -> String {
    let reviewed = source
        .reviewed
        .as_deref()
        .map(|checked| format!(" · <span class=\"reviewed\">{}</span>", escape(checked)))
        .unwrap_or_default();
    format!(
        "<li><span class=\"cite\">[{}]</span> {}{reviewed}</li>\n",
        escape(&source.id),
        escape(&source.citation)
    )
}

#[cfg(test)]
#[path = "blocks_tests.rs"]
mod tests;
