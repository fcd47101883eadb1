//! The contract with the shells: a `Screen` is a few kinds of `Block`, and every button is an
//! `Action`. Shells render blocks and carry out actions; they hold no content and no rules.

use openline_model::route::Route;
use serde::Serialize;
use std::fmt;

/// The neutral page a quick exit leads to: it says nothing about OpenLine or about help.
pub const QUICK_EXIT_URL: &str = "https://www.google.com/search?q=weather";

/// Everything a shell needs to draw one screen.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct Screen {
    /// The canonical route of this screen, for the back stack and deep links.
    pub route: String,
    /// The title for the top bar.
    pub title: String,
    /// The route that "up" leads to; `None` on home.
    pub up: Option<String>,
    /// On screens a teen may need to hide quickly: a control that leaves at once. `None`
    /// elsewhere.
    pub quick_exit: Option<QuickExit>,
    /// The content, top to bottom.
    pub blocks: Vec<Block>,
}

/// The way off a screen a teen may need to hide: its words, and where a shell that can open a
/// page goes instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct QuickExit {
    /// The control's words, such as "Leave quickly".
    pub label: String,
    /// A neutral `https` page to show in place of the app.
    pub url: String,
}

/// What a feature builds for a route: the title and the blocks. The route adds the rest.
pub(crate) struct Page {
    /// The title for the top bar.
    pub(crate) title: String,
    /// The content, top to bottom.
    pub(crate) blocks: Vec<Block>,
}

impl Screen {
    /// The screen of `route` showing `page`. `quick_exit` holds the words of the quick-exit
    /// control, shown only where the route is one a teen may need to hide.
    pub(crate) fn new(route: &Route, page: Page, quick_exit: &str) -> Screen {
        Screen {
            route: route.to_string(),
            title: page.title,
            up: route.up().map(|up| up.to_string()),
            quick_exit: route.teen_facing().then(|| QuickExit {
                label: quick_exit.to_owned(),
                url: QUICK_EXIT_URL.to_owned(),
            }),
            blocks: page.blocks,
        }
    }

    /// Every action a tap on this screen can trigger, block by block.
    pub fn actions(&self) -> impl Iterator<Item = Action> + '_ {
        self.blocks.iter().flat_map(Block::actions)
    }

    /// Every button on this screen, wherever it sits: action lists, steps, cards.
    pub fn action_items(&self) -> impl Iterator<Item = &ActionItem> {
        self.blocks.iter().flat_map(Block::action_items)
    }
}

/// One piece of a screen. The set is small and closed; shells handle every kind.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Enum)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A section heading.
    Heading {
        /// The heading's text.
        text: String,
    },
    /// A paragraph of plain text.
    Paragraph {
        /// The paragraph.
        text: String,
    },
    /// A highlighted message, such as reassurance or a danger warning.
    Callout {
        /// How it should look and sound.
        tone: Tone,
        /// Its first, bold line.
        title: String,
        /// One or two sentences.
        text: String,
    },
    /// An ordered plan whose steps can be ticked.
    Steps {
        /// The steps, in order.
        items: Vec<StepItem>,
    },
    /// Buttons that do something: call, text, open a page, apply an event.
    Actions {
        /// The buttons, in order.
        items: Vec<ActionItem>,
        /// How loud they are beside the rest of the screen.
        emphasis: Emphasis,
    },
    /// Rows that lead to other screens.
    Links {
        /// The rows, in order.
        items: Vec<LinkItem>,
    },
    /// Conversation starter cards.
    Cards {
        /// The cards, in order.
        items: Vec<Card>,
    },
    /// A bulleted list of points, each with its sources.
    Bullets {
        /// The points, in order.
        items: Vec<Bullet>,
    },
    /// A single choice from options, such as the region.
    Choice {
        /// What is being chosen.
        label: String,
        /// The options; exactly one is selected.
        options: Vec<ChoiceOption>,
    },
    /// The sources behind the facts on this screen.
    Sources {
        /// The list's heading.
        title: String,
        /// The sources cited on this screen.
        items: Vec<SourceItem>,
    },
}

impl Block {
    /// Ordinary buttons.
    pub(crate) fn buttons(items: Vec<ActionItem>) -> Block {
        Block::Actions {
            items,
            emphasis: Emphasis::Normal,
        }
    }

    /// Every action a tap on this block can trigger: its buttons, each step's toggle, each
    /// choice, and each link and card opener as the navigation it is.
    pub fn actions(&self) -> Vec<Action> {
        let buttons = self.action_items().map(|item| item.action.clone());
        match self {
            Block::Steps { items } => items
                .iter()
                .flat_map(|step| {
                    std::iter::once(step.toggle.clone())
                        .chain(step.action.iter().map(|item| item.action.clone()))
                })
                .collect(),
            Block::Links { items } => items
                .iter()
                .map(|link| Action::navigate(&link.route))
                .collect(),
            Block::Choice { options, .. } => {
                options.iter().map(|option| option.action.clone()).collect()
            }
            Block::Cards { items } => items
                .iter()
                .map(|card| Action::navigate(&card.route))
                .chain(buttons)
                .collect(),
            Block::Actions { .. } => buttons.collect(),
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::Callout { .. }
            | Block::Bullets { .. }
            | Block::Sources { .. } => Vec::new(),
        }
    }

    /// Removes the source ids the block's facts carry, for a screen that leads to its sources
    /// in one line instead of citing each fact.
    pub(crate) fn drop_citations(&mut self) {
        match self {
            Block::Steps { items } => {
                for step in items {
                    step.sources.clear();
                    if let Some(item) = &mut step.action {
                        item.sources.clear();
                    }
                }
            }
            Block::Actions { items, .. } => items.iter_mut().for_each(|item| item.sources.clear()),
            Block::Bullets { items } => items.iter_mut().for_each(|item| item.sources.clear()),
            Block::Cards { items } => {
                for card in items {
                    card.sources.clear();
                    card.actions
                        .iter_mut()
                        .for_each(|item| item.sources.clear());
                }
            }
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::Callout { .. }
            | Block::Links { .. }
            | Block::Choice { .. }
            | Block::Sources { .. } => {}
        }
    }

    /// The buttons of this block, with their labels and sources: an action list's items, each
    /// step's one-tap action, each card's actions.
    pub fn action_items(&self) -> Box<dyn Iterator<Item = &ActionItem> + '_> {
        match self {
            Block::Actions { items, .. } => Box::new(items.iter()),
            Block::Steps { items } => {
                Box::new(items.iter().filter_map(|step| step.action.as_ref()))
            }
            Block::Cards { items } => Box::new(items.iter().flat_map(|card| &card.actions)),
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::Callout { .. }
            | Block::Links { .. }
            | Block::Bullets { .. }
            | Block::Choice { .. }
            | Block::Sources { .. } => Box::new(std::iter::empty()),
        }
    }
}

/// How loud a row of buttons is, so one screen can have one main control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Emphasis {
    /// The screen's main control: the largest, boldest button.
    Main,
    /// Ordinary buttons.
    Normal,
    /// Secondary rows: there when needed, quieter than the screen's main control.
    Quiet,
}

/// The look and spoken weight of a callout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Relief and reassurance.
    Reassure,
    /// Neutral information.
    Info,
    /// Something to be careful about.
    Caution,
    /// Danger now: emergency help first.
    Urgent,
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct StepItem {
    /// Stable id of the step.
    pub id: String,
    /// Its position, from 1.
    pub number: u32,
    /// The action, in a few words.
    pub title: String,
    /// At most two short sentences on why or how.
    pub body: String,
    /// Whether the user ticked it.
    pub done: bool,
    /// What ticking or unticking the step does.
    pub toggle: Action,
    /// The one-tap action for this step, if any.
    pub action: Option<ActionItem>,
    /// Ids of the sources behind the advice.
    pub sources: Vec<String>,
}

/// A button.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct ActionItem {
    /// The button's words.
    pub label: String,
    /// A second line: the number, who it is for, opening hours.
    pub detail: Option<String>,
    /// What tapping it does.
    pub action: Action,
    /// Ids of the sources behind the fact, empty for buttons that carry none.
    pub sources: Vec<String>,
}

/// A row leading to another screen.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct LinkItem {
    /// The row's words.
    pub label: String,
    /// A second line.
    pub detail: Option<String>,
    /// The route it opens.
    pub route: String,
}

impl ActionItem {
    /// A button with `label` alone, citing nothing: save, share, start again.
    pub(crate) fn plain(label: &str, action: Action) -> ActionItem {
        ActionItem {
            label: label.to_owned(),
            detail: None,
            action,
            sources: Vec::new(),
        }
    }
}

impl LinkItem {
    /// A row with `label`, and `detail` under it, that opens `route`.
    pub(crate) fn to(route: &Route, label: &str, detail: Option<&str>) -> LinkItem {
        LinkItem {
            label: label.to_owned(),
            detail: detail.map(str::to_owned),
            route: route.to_string(),
        }
    }
}

/// A conversation starter card.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct Card {
    /// Stable id of the starter.
    pub id: String,
    /// The route of the starter's own screen.
    pub route: String,
    /// The opening question.
    pub opener: String,
    /// The heading over the follow-ups.
    pub followups_label: String,
    /// Follow-ups, each one step deeper.
    pub followups: Vec<String>,
    /// The heading over `worry`.
    pub worry_label: String,
    /// What a worrying answer sounds like, and what to do.
    pub worry: String,
    /// Labels of the age bands and moments it fits.
    pub tags: Vec<String>,
    /// Whether the parent saved it.
    pub saved: bool,
    /// The date (YYYY-MM-DD) the parent marked it talked about, if they did.
    pub talked_on: Option<String>,
    /// Save, mark talked, share.
    pub actions: Vec<ActionItem>,
    /// Ids of the sources behind the approach.
    pub sources: Vec<String>,
}

/// One point in a list.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct Bullet {
    /// The point.
    pub text: String,
    /// Ids of the sources behind it.
    pub sources: Vec<String>,
}

/// One option of a choice.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct ChoiceOption {
    /// The option's words.
    pub label: String,
    /// Whether it is the current choice.
    pub selected: bool,
    /// What choosing it does.
    pub action: Action,
}

/// A source, as cited on a screen.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct SourceItem {
    /// The id facts cite.
    pub id: String,
    /// The citation.
    pub citation: String,
    /// When the facts citing it were last checked, in words to show as they are.
    pub reviewed: Option<String>,
}

/// What a button does. Shells carry these out; the core describes them.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Enum)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Action {
    /// Open another screen of the app.
    Navigate {
        /// The route to open.
        route: String,
        /// Show it in place of the current screen, as a filter choice does, so Back leaves
        /// the list rather than stepping through filters; otherwise open it on top.
        replace: bool,
    },
    /// Open an `https` page in the browser.
    OpenUrl {
        /// The address.
        url: String,
    },
    /// Open the dialler with this number; digits with an optional leading `+`.
    Call {
        /// The number to dial.
        number: String,
    },
    /// Open the messaging app with the number and body filled in.
    SendText {
        /// The number or short code.
        number: String,
        /// The message body, such as a keyword.
        body: String,
    },
    /// Copy text to the clipboard.
    Copy {
        /// The text to copy.
        text: String,
    },
    /// Open the share sheet with text.
    Share {
        /// The text to share.
        text: String,
    },
    /// Send an event to the core, then show the screen it returns.
    Apply {
        /// The event.
        event: Event,
    },
}

/// Something the user did that changes saved state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, uniffi::Enum)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// Tick a step of the teen plan.
    TickStep {
        /// The step's id.
        id: String,
    },
    /// Untick a step of the teen plan.
    UntickStep {
        /// The step's id.
        id: String,
    },
    /// Untick every step.
    ResetSteps,
    /// Save a starter as a favourite.
    SaveStarter {
        /// The starter's id.
        id: String,
    },
    /// Remove a starter from favourites.
    UnsaveStarter {
        /// The starter's id.
        id: String,
    },
    /// Record today as the day the family talked about a starter.
    MarkTalked {
        /// The starter's id.
        id: String,
    },
    /// Forget that the family talked about a starter.
    UnmarkTalked {
        /// The starter's id.
        id: String,
    },
    /// Choose the region whose channels are shown.
    SetRegion {
        /// ISO 3166-1 alpha-2 code, or `INTL`.
        code: String,
    },
    /// Choose the language.
    SetLanguage {
        /// BCP 47 language tag, such as `en` or `es`.
        tag: String,
    },
    /// Add a child by age band, with an optional nickname kept on the device.
    AddChild {
        /// The age band: `8-10`, `11-13` or `14-17`.
        age: String,
        /// What the parent calls them here; `None` or blank for none.
        nickname: Option<String>,
    },
    /// Change a child's age band and nickname.
    EditChild {
        /// The child's id.
        id: i64,
        /// The age band.
        age: String,
        /// The nickname; `None` or blank for none.
        nickname: Option<String>,
    },
    /// Remove a child and every talk recorded with them.
    RemoveChild {
        /// The child's id.
        id: i64,
    },
    /// Record today as a day the family talked with one child about a starter.
    TalkedWith {
        /// The child's id.
        child: i64,
        /// The starter's id.
        starter: String,
    },
    /// Forget one recorded talk.
    UndoTalk {
        /// The talk's id.
        id: i64,
    },
    /// Choose the reminders to talk; all off (0 and `false`) turns reminders off.
    SetReminders {
        /// Weeks between regular reminders: 2, 4 or 8, or 0 for none.
        every_weeks: u32,
        /// A reminder a week before each holiday season.
        before_holidays: bool,
        /// A reminder the day after a child gets a new device.
        new_device: bool,
    },
    /// Record today as the day a child got a new device, or forget it.
    MarkNewDevice {
        /// The child's id.
        child: i64,
        /// `true` to mark today, `false` to forget the mark.
        marked: bool,
    },
}

impl Action {
    /// An action that opens `route` on top of the current screen.
    pub fn navigate(route: impl fmt::Display) -> Action {
        Action::Navigate {
            route: route.to_string(),
            replace: false,
        }
    }

    /// An action that shows `route` in place of the current screen.
    pub fn replace_with(route: impl fmt::Display) -> Action {
        Action::Navigate {
            route: route.to_string(),
            replace: true,
        }
    }

    /// An action that applies `event`.
    pub fn apply(event: Event) -> Action {
        Action::Apply { event }
    }
}
