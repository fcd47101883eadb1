//! The one clock the core reads: the session, the store, update checks and dates all ask it,
//! so a test can set the time for all of them at once.

use openline_model::date::Date;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// Where "now" comes from: the system's clock unless a test injects another.
#[derive(Clone)]
pub struct Clock {
    now: Arc<dyn Fn() -> i64 + Send + Sync>,
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Clock {
        Clock::from_fn(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |elapsed| {
                    i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
                })
        })
    }

    /// A clock that always reads `unix_seconds`.
    pub fn fixed(unix_seconds: i64) -> Clock {
        Clock::from_fn(move || unix_seconds)
    }

    /// A clock that reads `now`, seconds since the Unix epoch: for tests that move time on.
    pub fn from_fn(now: impl Fn() -> i64 + Send + Sync + 'static) -> Clock {
        Clock { now: Arc::new(now) }
    }

    /// Seconds since the Unix epoch.
    pub fn unix_seconds(&self) -> i64 {
        (self.now)()
    }

    /// Today where clocks are `offset_minutes` ahead of UTC, from one reading of the clock.
    pub fn today(&self, offset_minutes: i32) -> Date {
        Date::at(self.unix_seconds(), offset_minutes)
    }
}

impl Default for Clock {
    fn default() -> Clock {
        Clock::system()
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clock(at {})", self.unix_seconds())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicI64, Ordering};

    #[test]
    fn the_system_clock_is_past_2026() {
        assert!(Clock::system().unix_seconds() > 1_767_225_600);
    }

    #[test]
    fn an_injected_clock_reads_what_the_test_sets() {
        let time = Arc::new(AtomicI64::new(100));
        let seen = time.clone();
        let clock = Clock::from_fn(move || seen.load(Ordering::SeqCst));
        assert_eq!(clock.unix_seconds(), 100);
        time.store(200, Ordering::SeqCst);
        assert_eq!(clock.clone().unix_seconds(), 200);
        assert_eq!(Clock::fixed(7).unix_seconds(), 7);
        assert_eq!(Clock::fixed(86_400).today(0).to_string(), "1970-01-02");
        assert_eq!(Clock::fixed(86_400).today(-1).to_string(), "1970-01-01");
    }
}
