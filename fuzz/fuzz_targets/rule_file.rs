//! A rule file as staff might save it: any bytes in place of one file of a small valid rule
//! tree (`fuzz/rules-small/`, the tests' minimal fixture; the first byte picks the file), then
//! the whole loader with its cross-checks. It must give the rules or diagnostics, never a
//! panic. (The small tree keeps a load near a millisecond; the shipped tree takes 100 times
//! longer, mostly training the classifier, which `scan_text` covers.)
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

const FILES: [&str; 6] = [
    "sources.toml",
    "countries/uz.toml",
    "findings/mercenarism.toml",
    "scams/concepts.toml",
    "scams/offers.toml",
    "tests/scenarios.toml",
];

struct Tree {
    dir: tempfile::TempDir,
    originals: Vec<Vec<u8>>,
}

static TREE: LazyLock<Tree> = LazyLock::new(|| {
    let small = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules-small");
    let dir = tempfile::tempdir().expect("temp dir");
    let originals: Vec<Vec<u8>> = FILES
        .iter()
        .map(|f| std::fs::read(small.join(f)).expect("small tree file"))
        .collect();
    for (f, text) in FILES.iter().zip(&originals) {
        let path = dir.path().join(f);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    ogoh::rules::load(dir.path()).expect("the small tree loads");
    Tree { dir, originals }
});

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let tree = &*TREE;
    let i = usize::from(pick) % FILES.len();
    let path = tree.dir.path().join(FILES[i]);
    std::fs::write(&path, text).expect("write");
    let _ = ogoh::rules::load(tree.dir.path());
    std::fs::write(&path, &tree.originals[i]).expect("restore");
});
