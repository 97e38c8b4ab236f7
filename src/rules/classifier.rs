//! The scanner's second opinion: a naive Bayes model over character n-grams of the folded
//! text, trained when the rules load from the labelled messages in `rules/scams/messages/` and
//! the patterns' examples.
//!
//! Why hand-written: what is needed is ~100 lines (hashed 3- to 5-grams, two count tables, a
//! log ratio per bucket), trained in milliseconds at every reload and scored in microseconds;
//! the Rust ML crates bring a linear-algebra stack for far more than that.
//!
//! The score is the mean log-likelihood ratio per n-gram (recruitment over ordinary), so it
//! does not grow with the length of a text: a 64 KB text of one repeated word scores like the
//! word. It decides nothing alone: the scanner consults it only when no pattern matched, and
//! then says that the text resembles known recruitment messages, naming the closest pattern.

/// Hash buckets for n-grams: 2^18 weights (1 MB), few collisions for a few thousand messages.
const BITS: u32 = 18;
const BUCKETS: usize = 1 << BITS;
/// Pseudo-count of neutral n-grams added to every text's mean (see `score`).
const SHRINK: f64 = 120.0;
/// Laplace smoothing of the counts.
const ALPHA: f32 = 0.5;

/// A trained model.
pub struct Classifier {
    /// log P(bucket | recruitment) - log P(bucket | ordinary), per bucket.
    weights: Vec<f32>,
    /// Recruitment examples with the pattern each belongs to, for naming the closest.
    neighbours: Vec<(Vec<u32>, String)>,
    /// How many messages of each class it learned from.
    pub trained_on: (usize, usize),
}

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier")
            .field("trained_on", &self.trained_on)
            .finish_non_exhaustive()
    }
}

/// A text's n-grams, computed once for both the score and the closest pattern.
pub struct Profile {
    bits: Vec<u64>,
    count: usize,
    sampled_count: usize,
    sum: f64,
}

/// One labelled text for training, already folded (`fold::fold(text).key`).
pub struct Example<'a> {
    pub key: &'a str,
    pub recruitment: bool,
    /// The pattern id a recruitment text belongs to, if known.
    pub pattern: Option<&'a str>,
}

/// Calls `f` with the bucket of every 3-, 4- and 5-gram of ` key `, and of every pair of
/// neighbouring word stems (their first five letters): "kontrakt s minoborony" gives
/// "kontr minob" as well, which letters alone cannot tell apart from the words far apart.
fn ngrams(key: &str, mut f: impl FnMut(u32)) {
    chars(key, &mut f);
    let mut prev: Option<&[u8]> = None;
    for w in key.split(' ') {
        let stem = &w.as_bytes()[..w.len().min(5)];
        if let Some(p) = prev {
            let mut h: u64 = 0x8422_2325_cbf2_9ce4;
            for &b in p.iter().chain([b'|'].iter()).chain(stem) {
                h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
            }
            f((h >> (64 - BITS)) as u32);
        }
        prev = Some(stem);
    }
}

fn chars(key: &str, f: &mut impl FnMut(u32)) {
    let bytes = key.as_bytes();
    let padded = |i: usize| -> u8 {
        if i == 0 || i > bytes.len() {
            b' '
        } else {
            bytes[i - 1]
        }
    };
    let len = bytes.len() + 2;
    for start in 0..len {
        // FNV-1a, extended one byte at a time: the 3-gram's hash leads to the 4-gram's.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for n in 1..=5 {
            let i = start + n - 1;
            if i >= len {
                break;
            }
            h = (h ^ u64::from(padded(i))).wrapping_mul(0x0000_0100_0000_01b3);
            if n >= 3 {
                f((h >> (64 - BITS)) as u32);
            }
        }
    }
}

/// The quarter of the buckets `closest` compares (hashes are uniform, so any quarter will do).
fn sampled(bucket: u32) -> bool {
    bucket & 3 == 0
}

fn buckets(key: &str) -> Vec<u32> {
    let mut v = Vec::new();
    ngrams(key, |b| v.push(b));
    v.sort_unstable();
    v.dedup();
    v
}

impl Classifier {
    /// Learns from labelled texts. `None` when either class has no example.
    pub fn train(examples: &[Example]) -> Option<Classifier> {
        let mut counts = [vec![0u32; BUCKETS], vec![0u32; BUCKETS]];
        let mut totals = [0u64; 2];
        let mut docs = [0usize; 2];
        let mut neighbours = Vec::new();
        // The buckets some example uses; every other bucket has the same weight.
        let mut touched = Vec::new();
        for e in examples {
            let class = usize::from(e.recruitment);
            docs[class] += 1;
            // Each n-gram counts once per message, so one long message does not outweigh
            // many short ones.
            let b = buckets(e.key);
            for &x in &b {
                let x = x as usize;
                if counts[0][x] == 0 && counts[1][x] == 0 {
                    touched.push(x);
                }
                counts[class][x] += 1;
            }
            totals[class] += b.len() as u64;
            if e.recruitment
                && let Some(p) = e.pattern
            {
                neighbours.push((
                    b.into_iter().filter(|&x| sampled(x)).collect(),
                    p.to_string(),
                ));
            }
        }
        if docs[0] == 0 || docs[1] == 0 {
            return None;
        }
        let denom = |class: usize| totals[class] as f32 + ALPHA * BUCKETS as f32;
        let (d0, d1) = (denom(0), denom(1));
        let weight =
            |c0: u32, c1: u32| ((c1 as f32 + ALPHA) / d1).ln() - ((c0 as f32 + ALPHA) / d0).ln();
        // Most buckets are empty and share one weight: two logarithms for each of them were
        // most of a rule load's time.
        let mut weights = vec![weight(0, 0); BUCKETS];
        for i in touched {
            weights[i] = weight(counts[0][i], counts[1][i]);
        }
        Some(Classifier {
            weights,
            neighbours,
            trained_on: (docs[1], docs[0]),
        })
    }

    /// The text's n-grams, each once, as a bitset (32 KB: cheaper than sorting a list), and
    /// the sum of their weights, in one pass.
    pub fn profile(&self, key: &str) -> Profile {
        let mut bits = vec![0u64; BUCKETS / 64];
        let (mut count, mut sampled_count, mut sum) = (0usize, 0usize, 0.0f64);
        ngrams(key, |b| {
            let (word, bit) = (b as usize / 64, 1u64 << (b % 64));
            if bits[word] & bit == 0 {
                bits[word] |= bit;
                count += 1;
                sampled_count += usize::from(sampled(b));
                sum += f64::from(self.weights[b as usize]);
            }
        });
        Profile {
            bits,
            count,
            sampled_count,
            sum,
        }
    }

    /// The mean log-likelihood ratio of the text's n-grams: above 0 leans to recruitment.
    pub fn score(&self, key: &str) -> f64 {
        self.score_of(&self.profile(key))
    }

    /// The score of a text's profile (see `score`).
    pub fn score_of(&self, p: &Profile) -> f64 {
        // Shrunk toward 0 for short texts: a greeting has too few n-grams to judge.
        p.sum / (p.count as f64 + SHRINK)
    }

    /// The pattern of the most similar recruitment example (cosine over n-gram sets).
    pub fn closest(&self, key: &str) -> Option<&str> {
        self.closest_of(&self.profile(key))
    }

    /// The closest pattern for a text's profile. Each example's n-grams are looked up in the
    /// text's bitset; both sides keep the same quarter of the buckets, which ranks examples alike
    /// at a quarter of the cost.
    pub fn closest_of(&self, p: &Profile) -> Option<&str> {
        let (mine, count) = (&p.bits, p.sampled_count);
        if count == 0 {
            return None;
        }
        let mut best: Option<(f64, &str)> = None;
        for (theirs, pattern) in &self.neighbours {
            let common = theirs
                .iter()
                .filter(|&&b| mine[b as usize / 64] & (1u64 << (b % 64)) != 0)
                .count();
            let sim = common as f64 / ((count * theirs.len()) as f64).sqrt();
            if best.is_none_or(|(s, _)| sim > s) {
                best = Some((sim, pattern));
            }
        }
        best.map(|(_, p)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fold::fold;

    fn model() -> Classifier {
        let rec = [
            ("kontrakt s minoborony grajdanstvo za 3 mesyatsa", "a"),
            ("podpishi kontrakt poluchi vyplatu 200 tysyach", "b"),
            ("harbiy shartnoma imzolang fuqarolik beramiz", "a"),
        ];
        let ord = [
            "sdam kvartiru v moskve nedorogo",
            "trebuyutsya gruzchiki na sklad zarplata kajduyu nedelyu",
            "kak oplatit patent cherez bank",
        ];
        let mut ex: Vec<Example> = rec
            .iter()
            .map(|(k, p)| Example {
                key: k,
                recruitment: true,
                pattern: Some(p),
            })
            .collect();
        ex.extend(ord.iter().map(|k| Example {
            key: k,
            recruitment: false,
            pattern: None,
        }));
        Classifier::train(&ex).unwrap()
    }

    #[test]
    fn leans_to_the_class_it_resembles() {
        let m = model();
        let k = |s: &str| fold(s).key;
        assert!(m.score(&k("Подпиши контракт с Минобороны, выплата сразу")) > 0.0);
        assert!(m.score(&k("Сдам квартиру, оплата патента рядом")) < 0.0);
        assert_eq!(m.closest(&k("shartnoma imzolang, fuqarolik")), Some("a"));
    }

    #[test]
    fn length_does_not_inflate_the_score() {
        let m = model();
        let one = m.score("kontrakt");
        let many = m.score(&["kontrakt"; 2000].join(" "));
        assert!((one - many).abs() < 0.5, "{one} vs {many}");
        assert_eq!(m.score(""), 0.0);
    }

    #[test]
    fn needs_both_classes() {
        let ex = [Example {
            key: "a",
            recruitment: true,
            pattern: None,
        }];
        assert!(Classifier::train(&ex).is_none());
    }
}
