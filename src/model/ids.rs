//! Id tables keyed by feed ids, hashed with a fast non-cryptographic hash: a million complaints
//! make four lookups each, and feed ids are not attacker-chosen keys of a long-lived server map.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The FxHash of rustc: one multiply per word.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let mut tail = 0u64;
        for (i, b) in chunks.remainder().iter().enumerate() {
            tail |= u64::from(*b) << (8 * i);
        }
        self.add(tail ^ bytes.len() as u64);
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;

/// Feed id → row index in its table.
pub type IdIndex = HashMap<String, u16, FxBuild>;

/// The 64-bit hash of a text, for finding duplicates by sorting.
pub fn hash_text(text: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(text.as_bytes());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_hash_equal_and_neighbours_differ() {
        assert_eq!(hash_text("KE-2026-000123"), hash_text("KE-2026-000123"));
        assert_ne!(hash_text("KE-2026-000123"), hash_text("KE-2026-000124"));
        assert_ne!(hash_text("a"), hash_text("a\0"));
        let mut index = IdIndex::default();
        index.insert("dpupr".into(), 3);
        assert_eq!(index.get("dpupr"), Some(&3));
    }
}
