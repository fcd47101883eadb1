//! The parts of the guide for a parent whose child tells them something: three groups of
//! advice, and the line on self-harm that comes before them.

use serde::{Deserialize, Serialize};

/// The part of the disclosure guide a point of advice belongs to, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisclosureGroup {
    /// What to say and do at once: stay calm, thank them, they are not in trouble.
    FirstMinutes,
    /// What not to do: blame, take the phone away, contact the person, pay.
    Dont,
    /// What to do next: save the proof, report, take down, get support.
    NextSteps,
}

impl DisclosureGroup {
    /// Every group, in the order the guide shows them.
    pub const ALL: [DisclosureGroup; 3] = [
        DisclosureGroup::FirstMinutes,
        DisclosureGroup::Dont,
        DisclosureGroup::NextSteps,
    ];
}

/// What to do if a parent fears their child may hurt themselves: shown first, with the
/// region's emergency number and any crisis line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfHarm {
    /// The line for a region with a crisis line.
    pub text: String,
    /// The same for a region whose content has no crisis line, which must not promise one.
    pub emergency_only: String,
    /// Source ids backing it.
    pub sources: Vec<String>,
}
