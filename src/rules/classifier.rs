//! The scanner's second opinion: a logistic regression over character n-grams of the folded
//! text, trained on first use (`Scanner::model`) from the labelled messages in
//! `rules/scams/messages/` and the patterns' examples.
//!
//! Why hand-written: what is needed is ~100 lines (hashed 4- and 5-grams and word pairs, a
//! weight per bucket, a few passes of AdaGrad), trained in milliseconds at every reload and
//! scored in microseconds; the Rust ML crates bring a linear-algebra stack for far more than
//! that. Logistic regression replaced naive Bayes on 2026-11-30: on the development set,
//! cross-validated, it finds far more of the recruitment texts the patterns miss at the same
//! false alarms (QUALITY.md).
//!
//! The score is a probability from 0 to 1 over the text's n-grams scaled to unit length, so it
//! does not grow with the length of a text: a 64 KB text of one repeated word scores like the
//! word. It decides nothing alone: the scanner consults it only when no pattern matched, and
//! then says that the text resembles known recruitment messages, naming the closest pattern.

use rayon::prelude::*;

/// Hash buckets for n-grams: 2^18 weights (1 MB), few collisions for a few thousand messages.
const BITS: u32 = 18;
const BUCKETS: usize = 1 << BITS;
/// Passes over the messages in training. 9 since 2026-12-01 (fourth session), was 12: with the
/// stronger L2 penalty and 5,124 texts, leaving one file out over 29 files found 98.2% with
/// 1.48% false alarms at 12, 10 and 9 passes alike (2838, 2840 and 2840 of 2891 texts; 8:
/// 2837), and 9 trains a quarter faster, which keeps a reload after a message edit within its
/// 200 ms budget (BENCHMARKS.md).
const EPOCHS: usize = 9;
/// AdaGrad's step size.
const RATE: f32 = 0.2;
/// L2 penalty on the weights, so that no single n-gram decides. 7e-4 since 2026-12-01 (fourth
/// session), chosen by leaving one message file out over 24 files (QUALITY.md): 1e-4 found
/// 97.7% with 2.14% false alarms, 3e-4 97.9% and 1.88%, 5e-4 98.0% and 1.73%, 7e-4 98.0% and
/// 1.62%, 1e-3 97.7% and 1.62%. A stronger penalty keeps the model from learning one writer's
/// phrasing by heart, which is what a new writer's texts punish.
const L2: f32 = 7e-4;
/// The shortest letter n-gram. 4 since 2026-12-01 (fifth session), was 3: leaving one message
/// file out over 31 files (QUALITY.md), 3- to 5-grams found 3093 of 3131 recruitment texts and
/// flagged 32 of 2378 ordinary ones; 4- and 5-grams found 3093 and flagged 33, and training, most
/// of a reload, has a third fewer n-grams to update (`rules check` 536 -> 422 ms, hyperfine).
const SHORTEST: usize = 4;
/// Pseudo-count of n-grams in every text's length (see `norm`).
const SHRINK: f64 = 60.0;

/// Each n-gram's value in a text of `count` n-grams: 1/sqrt(count + SHRINK), so a long text's
/// vector has about unit length and its score does not grow with its length, while a short
/// text (a greeting) stays near undecided: it has too few n-grams to judge.
fn norm(count: usize) -> f64 {
    1.0 / (count as f64 + SHRINK).sqrt()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// A trained model.
pub struct Classifier {
    /// Each bucket's weight toward recruitment (logistic regression).
    weights: Vec<f32>,
    bias: f32,
    /// Recruitment examples with the pattern each belongs to, for naming the closest.
    neighbours: Neighbours,
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

/// The recruitment examples' sampled n-grams as an inverted index, as a search engine keeps
/// one: for each n-gram, the examples holding it. Naming the closest pattern then walks only the
/// lists of the text's own n-grams, not every example (a tenth of the time on the shipped
/// messages, with the same answer).
struct Neighbours {
    /// Where each sampled bucket's list starts in `examples` (and the next one's, where it ends).
    starts: Vec<u32>,
    /// Example indices, bucket by bucket, each list in example order.
    examples: Vec<u32>,
    /// Each example's number of sampled n-grams.
    sizes: Vec<u32>,
    /// Each example's pattern.
    patterns: Vec<String>,
}

impl Neighbours {
    fn new(examples: Vec<(Vec<u32>, String)>) -> Neighbours {
        let mut starts = vec![0u32; BUCKETS / 4 + 1];
        for (buckets, _) in &examples {
            for &b in buckets {
                starts[slot(b) + 1] += 1;
            }
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut lists = vec![0u32; starts[starts.len() - 1] as usize];
        for (e, (buckets, _)) in examples.iter().enumerate() {
            for &b in buckets {
                lists[next[slot(b)] as usize] = e as u32;
                next[slot(b)] += 1;
            }
        }
        let (sizes, patterns) = examples
            .into_iter()
            .map(|(buckets, pattern)| (buckets.len() as u32, pattern))
            .unzip();
        Neighbours {
            starts,
            examples: lists,
            sizes,
            patterns,
        }
    }

    /// The pattern of the example most like a text's sampled n-grams (cosine over the sets).
    fn closest(&self, sampled: &[u32]) -> Option<&str> {
        if sampled.is_empty() {
            return None;
        }
        let mut common = vec![0u32; self.sizes.len()];
        for &b in sampled {
            let (from, to) = (self.starts[slot(b)], self.starts[slot(b) + 1]);
            for &e in &self.examples[from as usize..to as usize] {
                common[e as usize] += 1;
            }
        }
        let mut best: Option<(f64, usize)> = None;
        for (e, (&c, &size)) in common.iter().zip(&self.sizes).enumerate() {
            let sim = if size == 0 {
                0.0
            } else {
                f64::from(c) / (sampled.len() as f64 * f64::from(size)).sqrt()
            };
            if best.is_none_or(|(s, _)| sim > s) {
                best = Some((sim, e));
            }
        }
        best.map(|(_, e)| self.patterns[e].as_str())
    }
}

/// One labelled text for training, already folded (`fold::fold(text).key`).
pub struct Example<'a> {
    pub key: &'a str,
    pub recruitment: bool,
    /// The pattern id a recruitment text belongs to, if known.
    pub pattern: Option<&'a str>,
}

/// Calls `f` with the bucket of every 4- and 5-gram of ` key `, and of every pair of
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
        // FNV-1a, extended one byte at a time: the 4-gram's hash leads to the 5-gram's.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for n in 1..=5 {
            let i = start + n - 1;
            if i >= len {
                break;
            }
            h = (h ^ u64::from(padded(i))).wrapping_mul(0x0000_0100_0000_01b3);
            if n >= SHORTEST {
                f((h >> (64 - BITS)) as u32);
            }
        }
    }
}

/// The quarter of the buckets `closest` compares (hashes are uniform, so any quarter will do).
fn sampled(bucket: u32) -> bool {
    bucket & 3 == 0
}

/// A sampled bucket's place among the sampled quarter (its two low bits are zero).
fn slot(bucket: u32) -> usize {
    (bucket >> 2) as usize
}

fn buckets(key: &str) -> Vec<u32> {
    // Two letter n-grams per byte and a word pair per word: room for all, so no regrowing.
    let mut v = Vec::with_capacity(3 * key.len() + 8);
    ngrams(key, |b| v.push(b));
    v.sort_unstable();
    v.dedup();
    v
}

impl Classifier {
    /// Learns from labelled texts. `None` when either class has no example.
    pub fn train(examples: &[Example]) -> Option<Classifier> {
        let mut docs = [0usize; 2];
        let mut neighbours = Vec::new();
        let mut data: Vec<(Vec<u32>, f32, bool)> = Vec::with_capacity(examples.len());
        // Each n-gram counts once per message, so one long message does not outweigh many
        // short ones. Reading the texts is a fifth of training and needs nothing shared: it
        // runs on every core, while the passes that follow must run in order.
        let all: Vec<Vec<u32>> = examples.par_iter().map(|e| buckets(e.key)).collect();
        for (e, b) in examples.iter().zip(all) {
            docs[usize::from(e.recruitment)] += 1;
            if e.recruitment
                && let Some(p) = e.pattern
            {
                neighbours.push((
                    b.iter().copied().filter(|&x| sampled(x)).collect(),
                    p.to_string(),
                ));
            }
            let value = norm(b.len()) as f32;
            data.push((b, value, e.recruitment));
        }
        if docs[0] == 0 || docs[1] == 0 {
            return None;
        }
        // Each class weighs the same in the loss, however many messages it has.
        let class_weight = |recruitment: bool| {
            let n = docs[usize::from(recruitment)] as f32;
            (docs[0] + docs[1]) as f32 / (2.0 * n)
        };
        // Each bucket's weight and, beside it, AdaGrad's sum of its squared gradients (a step
        // size per bucket, so rare n-grams still learn). Training waits on memory more than on
        // arithmetic: side by side, an update touches one cache line, not two (`rules check`
        // 166 -> 146 ms with the texts read on two cores, hyperfine; copying a text's weights
        // out to update them with vector instructions was slower, 176 ms).
        let mut params = vec![[0f32; 2]; BUCKETS];
        let (mut bias, mut bias_squares) = (0f32, 0f32);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..EPOCHS {
            // A fixed shuffle (xorshift), so a ruleset always trains to the same weights.
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            for &i in &order {
                let (b, value, recruitment) = &data[i];
                let margin = bias + b.iter().map(|&x| params[x as usize][0]).sum::<f32>() * value;
                let target = if *recruitment { 1.0 } else { 0.0 };
                let error =
                    (sigmoid(f64::from(margin)) as f32 - target) * class_weight(*recruitment);
                for &x in b {
                    let [weight, square] = &mut params[x as usize];
                    let g = error * value + L2 * *weight;
                    *square += g * g;
                    *weight -= RATE * g / (square.sqrt() + 1e-6);
                }
                bias_squares += error * error;
                bias -= RATE * error / (bias_squares.sqrt() + 1e-6);
            }
        }
        Some(Classifier {
            weights: params.into_iter().map(|[weight, _]| weight).collect(),
            bias,
            neighbours: Neighbours::new(neighbours),
            trained_on: (docs[1], docs[0]),
        })
    }

    /// How likely the text is recruitment, from 0 to 1; 0.5 is undecided. Each n-gram counts
    /// once: a bitset (32 KB) drops repeats, cheaper than sorting a list.
    pub fn score(&self, key: &str) -> f64 {
        let mut bits = vec![0u64; BUCKETS / 64];
        let (mut count, mut sum) = (0usize, 0.0f64);
        ngrams(key, |b| {
            let (word, bit) = (b as usize / 64, 1u64 << (b % 64));
            if bits[word] & bit == 0 {
                bits[word] |= bit;
                count += 1;
                sum += f64::from(self.weights[b as usize]);
            }
        });
        sigmoid(f64::from(self.bias) + sum * norm(count))
    }

    /// The pattern of the most similar recruitment example (cosine over n-gram sets). Both
    /// sides keep the same quarter of the buckets, which ranks examples alike at a quarter of
    /// the cost. Only a text the classifier flags alone needs it, so it reads the n-grams
    /// again rather than making every score keep them.
    pub fn closest(&self, key: &str) -> Option<&str> {
        let mut mine = Vec::new();
        ngrams(key, |b| {
            if sampled(b) {
                mine.push(b);
            }
        });
        mine.sort_unstable();
        mine.dedup();
        self.neighbours.closest(&mine)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fold::fold;

    /// A model trained on recruitment texts (with their patterns) and ordinary ones.
    fn trained(rec: &[(&str, &str)], ord: &[&str]) -> Classifier {
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
        trained(&rec, &ord)
    }

    #[test]
    fn leans_to_the_class_it_resembles() {
        let m = model();
        let k = |s: &str| fold(s).key;
        assert!(m.score(&k("Подпиши контракт с Минобороны, выплата сразу")) > 0.5);
        assert!(m.score(&k("Сдам квартиру, оплата патента рядом")) < 0.5);
        assert_eq!(m.closest(&k("shartnoma imzolang, fuqarolik")), Some("a"));
    }

    #[test]
    fn length_does_not_inflate_the_score() {
        let m = model();
        let one = m.score("kontrakt");
        let many = m.score(&["kontrakt"; 2000].join(" "));
        assert!(one > 0.5 && many > 0.5, "{one} and {many}");
        assert!((one - many).abs() < 0.15, "{one} vs {many}");
        // A text with no n-gram it knows is left at the bias: undecided.
        assert!((m.score("") - 0.5).abs() < 0.2, "{}", m.score(""));
    }

    /// The inverted index names the same pattern as comparing the text with every example.
    #[test]
    fn closest_is_the_example_with_the_highest_cosine() {
        let examples = [
            ("kontrakt s minoborony grajdanstvo za 3 mesyatsa", "P1"),
            ("podpishi kontrakt poluchi vyplatu 200 tysyach", "P2"),
            ("harbiy shartnoma imzolang fuqarolik beramiz", "P3"),
            ("ohrana obektov v otdalennyh regionah 100 tysyach", "P4"),
            ("dolgi spishem esli poedesh na obekt", "P5"),
        ];
        let m = trained(&examples, &["sdam kvartiru"]);
        let sampled_set =
            |k: &str| -> Vec<u32> { buckets(k).into_iter().filter(|&b| sampled(b)).collect() };
        for text in [
            "kontrakt grajdanstvo 3 mesyatsa",
            "vyplatu 200 tysyach srazu",
            "shartnoma fuqarolik",
            "ohrana v regionah",
            "spishem dolgi",
            "x",
        ] {
            let mine = sampled_set(text);
            let by_hand = examples
                .iter()
                .map(|(k, p)| {
                    let theirs = sampled_set(k);
                    let common = theirs.iter().filter(|b| mine.contains(b)).count();
                    (
                        common as f64 / ((mine.len() * theirs.len()) as f64).sqrt(),
                        *p,
                    )
                })
                .fold(None::<(f64, &str)>, |best, (sim, p)| match best {
                    Some((s, _)) if sim <= s => best,
                    _ => Some((sim, p)),
                })
                .filter(|_| !mine.is_empty())
                .map(|(_, p)| p);
            assert_eq!(m.closest(text), by_hand, "{text}");
        }
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
