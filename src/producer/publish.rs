//! Publishing into the folder a static host serves (docs/connect.md, "How files are written"):
//!
//! * every file is written under a temporary name and renamed into place, so a reader never sees
//!   half a feed; a paged feed's head (the file the config names) is renamed last, and its later
//!   pages carry a fresh name per publication, so a reader sees the old chain or the new one;
//! * a feed whose content did not change keeps its bytes (its ETag stays, every screen gets a
//!   304) until its age reaches half its `stale_after_seconds`; then it is written again with a
//!   new `generated_at`, because the dashboard judges staleness and pending deadlines from it;
//! * the previous chain's pages stay one publication longer for readers still following it.
//!
//! What was published is remembered in a small state file beside the feeds.

use super::error::ProducerError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const STATE_FILE: &str = ".dasbor-feed-state.json";

/// What was last published for one feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    pub digest: String,
    pub generated_at: i64,
    /// Head first.
    pub files: Vec<String>,
    /// The chain before, kept for readers still following it.
    #[serde(default)]
    pub previous: Vec<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    #[serde(default)]
    feeds: BTreeMap<String, Published>,
}

/// The output folder and what was published into it.
pub struct Folder {
    dir: PathBuf,
    state: State,
}

impl Folder {
    pub fn open(dir: &Path) -> Result<Folder, ProducerError> {
        std::fs::create_dir_all(dir).map_err(|e| ProducerError::io(dir, e))?;
        // A missing or unreadable state only costs one rewrite of every feed.
        let state = std::fs::read_to_string(dir.join(STATE_FILE))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        Ok(Folder {
            dir: dir.to_path_buf(),
            state,
        })
    }

    pub fn published(&self, feed: &str) -> Option<&Published> {
        self.state.feeds.get(feed)
    }

    /// Whether a feed whose content has `digest` keeps its published files at `now`.
    pub fn keeps(&self, feed: &str, digest: &str, now: i64, stale_after_seconds: u32) -> bool {
        self.published(feed).is_some_and(|p| {
            let age = now - p.generated_at;
            p.digest == digest
                && (0..i64::from(stale_after_seconds) / 2).contains(&age)
                && p.files.iter().all(|f| self.dir.join(f).is_file())
        })
    }

    /// The `generated_at` a month published with `digest` keeps (its files all there): a
    /// partitioned feed's months are not rewritten for age, only for content.
    pub fn kept(&self, key: &str, digest: &str) -> Option<i64> {
        self.published(key)
            .filter(|p| p.digest == digest && p.files.iter().all(|f| self.dir.join(f).is_file()))
            .map(|p| p.generated_at)
    }

    /// A token for the names of a new chain's pages that no published or kept page uses.
    pub fn fresh_token(&self, feed: &str, generated_at: i64) -> String {
        let taken: Vec<&String> = self
            .published(feed)
            .map(|p| p.files.iter().chain(&p.previous).collect())
            .unwrap_or_default();
        let base = format!("{generated_at:x}");
        (0..)
            .map(|n| {
                if n == 0 {
                    base.clone()
                } else {
                    format!("{base}{n}")
                }
            })
            .find(|t| !taken.iter().any(|f| f.contains(&format!("-{t}-"))))
            .unwrap_or(base)
    }

    pub fn temp_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!(".{name}.tmp"))
    }

    /// Writes `text` to the temporary file of `name`.
    pub fn write_temp(&self, name: &str, text: &str) -> Result<(), ProducerError> {
        let path = self.temp_path(name);
        std::fs::write(&path, text).map_err(|e| ProducerError::io(&path, e))
    }

    /// Removes the temporary files of a feed that is not published (unchanged or failed).
    pub fn discard(&self, names: &[String]) {
        for name in names {
            let _ = std::fs::remove_file(self.temp_path(name));
        }
    }

    /// Renames the temporary files into place (head last) and records the publication.
    pub fn publish(
        &mut self,
        feed: &str,
        files: Vec<String>,
        digest: String,
        generated_at: i64,
    ) -> Result<(), ProducerError> {
        for name in files.iter().rev() {
            let target = self.dir.join(name);
            std::fs::rename(self.temp_path(name), &target)
                .map_err(|e| ProducerError::io(&target, e))?;
        }
        let old = self.state.feeds.remove(feed);
        let previous = match old {
            Some(old) => {
                for gone in old.previous.iter().filter(|f| !files.contains(f)) {
                    if !old.files.contains(gone) {
                        let _ = std::fs::remove_file(self.dir.join(gone));
                    }
                }
                old.files
                    .into_iter()
                    .filter(|f| !files.contains(f))
                    .collect()
            }
            None => Vec::new(),
        };
        self.state.feeds.insert(
            feed.to_string(),
            Published {
                digest,
                generated_at,
                files,
                previous,
            },
        );
        self.save()
    }

    fn save(&self) -> Result<(), ProducerError> {
        let text = serde_json::to_string_pretty(&self.state).unwrap_or_default();
        self.write_temp(STATE_FILE, &text)?;
        let target = self.dir.join(STATE_FILE);
        std::fs::rename(self.temp_path(STATE_FILE), &target)
            .map_err(|e| ProducerError::io(&target, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> (Folder, PathBuf) {
        let dir = std::env::temp_dir().join(format!(
            "dasbor-publish-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        (Folder::open(&dir).unwrap(), dir)
    }

    fn publish(f: &mut Folder, files: &[&str], digest: &str, at: i64) {
        let files: Vec<String> = files.iter().map(|s| s.to_string()).collect();
        for name in &files {
            f.write_temp(name, &format!("{name} {digest} {at}"))
                .unwrap();
        }
        f.publish("complaints", files, digest.into(), at).unwrap();
    }

    #[test]
    fn unchanged_content_keeps_its_files_until_half_the_stale_age() {
        let (mut f, dir) = folder();
        assert!(!f.keeps("complaints", "d1", 1000, 1800));
        publish(&mut f, &["complaints.json"], "d1", 1000);
        assert!(f.keeps("complaints", "d1", 1000, 1800));
        assert!(f.keeps("complaints", "d1", 1899, 1800));
        assert!(
            !f.keeps("complaints", "d1", 1900, 1800),
            "half the stale age"
        );
        assert!(!f.keeps("complaints", "d2", 1001, 1800), "changed content");
        assert!(
            !f.keeps("complaints", "d1", 999, 1800),
            "re-published as of an earlier time"
        );
        // The state survives a restart.
        let again = Folder::open(&dir).unwrap();
        assert!(again.keeps("complaints", "d1", 1500, 1800));
        std::fs::remove_file(dir.join("complaints.json")).unwrap();
        assert!(!again.keeps("complaints", "d1", 1500, 1800), "files gone");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn the_previous_chain_stays_one_publication_longer() {
        let (mut f, dir) = folder();
        let t1 = f.fresh_token("complaints", 1000);
        let p2 = format!("complaints-{t1}-p2.json");
        publish(&mut f, &["complaints.json", &p2], "d1", 1000);
        let t2 = f.fresh_token("complaints", 1000);
        assert_ne!(t1, t2, "a new chain never reuses a published page name");
        let q2 = format!("complaints-{t2}-p2.json");
        publish(&mut f, &["complaints.json", &q2], "d2", 1000);
        assert!(dir.join(&p2).is_file(), "old chain kept for readers in it");
        assert!(std::fs::read_to_string(dir.join("complaints.json"))
            .unwrap()
            .contains("d2"));
        publish(&mut f, &["complaints.json"], "d3", 2000);
        assert!(!dir.join(&p2).exists(), "two publications back: removed");
        assert!(dir.join(&q2).is_file());
        assert!(!dir.join(".complaints.json.tmp").exists());
        let _ = std::fs::remove_dir_all(dir);
    }
}
