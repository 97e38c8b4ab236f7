//! Per-chat protection, in memory only: a flood limit for each chat, and the group chats the
//! bot has already pointed to a private chat. Chat ids live here only while they matter and
//! are never written anywhere.

use std::collections::HashSet;
use std::num::NonZeroU32;
use std::sync::Mutex;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use teloxide::types::ChatId;

/// Messages and button presses one chat may send in a burst, and then one per this many
/// seconds. A person forwarding a few ads in a row stays well inside it.
const BURST: u32 = 10;
const REFILL_SECONDS: u64 = 2;
/// How many group chats are remembered as answered; past this the memory starts afresh (a
/// group may then get the pointer once more).
const MAX_GROUPS: usize = 10_000;

/// What to do with an update from a chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// Over the limit: drop it, and tell the person once.
    Warn,
    /// Over the limit and already told: drop it silently.
    Drop,
}

pub struct Guard {
    updates: DefaultKeyedRateLimiter<ChatId>,
    warnings: DefaultKeyedRateLimiter<ChatId>,
    groups: Mutex<HashSet<ChatId>>,
}

impl Default for Guard {
    fn default() -> Self {
        let burst = NonZeroU32::new(BURST).unwrap_or(NonZeroU32::MIN);
        let refill = std::time::Duration::from_secs(REFILL_SECONDS);
        let updates = Quota::with_period(refill).map(|q| q.allow_burst(burst));
        // One "slow down" per minute at most.
        let warnings = Quota::with_period(std::time::Duration::from_secs(60));
        Guard {
            updates: RateLimiter::keyed(updates.unwrap_or(Quota::per_second(burst))),
            warnings: RateLimiter::keyed(warnings.unwrap_or(Quota::per_minute(NonZeroU32::MIN))),
            groups: Mutex::new(HashSet::new()),
        }
    }
}

impl Guard {
    /// Whether an update from `chat` may be handled now.
    pub fn check(&self, chat: ChatId) -> Verdict {
        if self.updates.check_key(&chat).is_ok() {
            Verdict::Allow
        } else if self.warnings.check_key(&chat).is_ok() {
            Verdict::Warn
        } else {
            Verdict::Drop
        }
    }

    /// True the first time a group is seen: only then does it get the pointer.
    pub fn first_in_group(&self, chat: ChatId) -> bool {
        let mut groups = self.groups.lock().unwrap_or_else(|e| e.into_inner());
        if groups.len() >= MAX_GROUPS {
            groups.clear();
        }
        groups.insert(chat)
    }

    /// Forgets the limits of chats that have been quiet for a while (call now and then).
    pub fn forget_quiet(&self) {
        self.updates.retain_recent();
        self.updates.shrink_to_fit();
        self.warnings.retain_recent();
        self.warnings.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_is_limited_and_warned_once() {
        let guard = Guard::default();
        let chat = ChatId(42);
        let verdicts: Vec<Verdict> = (0..100).map(|_| guard.check(chat)).collect();
        let allowed = verdicts.iter().filter(|v| **v == Verdict::Allow).count();
        let warned = verdicts.iter().filter(|v| **v == Verdict::Warn).count();
        assert_eq!(allowed, BURST as usize);
        assert_eq!(warned, 1);
        // Another chat is not affected.
        assert_eq!(guard.check(ChatId(7)), Verdict::Allow);
    }

    #[test]
    fn a_group_gets_the_pointer_once() {
        let guard = Guard::default();
        assert!(guard.first_in_group(ChatId(-100)));
        assert!(!guard.first_in_group(ChatId(-100)));
        assert!(guard.first_in_group(ChatId(-200)));
    }
}
