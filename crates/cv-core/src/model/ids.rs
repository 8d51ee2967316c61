//! Stable entry ids: every list entry gets one on load so the editor can reorder entries and sync
//! can merge edits made on two devices. Ids are opaque strings; we mint `e1`, `e2`, … in document
//! order, skipping ids already in use, and re-mint duplicates (a copy-pasted entry).

use std::collections::HashSet;

use super::Cv;

impl Cv {
    /// Calls `f` on the id of every entry of every list, in document order.
    pub fn for_each_id_mut(&mut self, mut f: impl FnMut(&mut String)) {
        macro_rules! each {
            ($list:expr) => {
                for entry in $list.iter_mut().flatten() {
                    f(&mut entry.id);
                }
            };
        }
        if let Some(basics) = &mut self.basics {
            each!(basics.profiles);
        }
        each!(self.work);
        each!(self.volunteer);
        each!(self.education);
        each!(self.awards);
        each!(self.certificates);
        each!(self.publications);
        each!(self.skills);
        each!(self.languages);
        each!(self.interests);
        each!(self.references);
        each!(self.projects);
        for section in self.cvimprover.custom_sections.iter_mut().flatten() {
            f(&mut section.id);
            each!(section.entries);
        }
    }

    /// Gives every entry without an id (or with a duplicate one) a fresh, unique id.
    pub fn ensure_ids(&mut self) {
        let mut taken = HashSet::new();
        let mut needs_id = 0usize;
        self.for_each_id_mut(|id| {
            if id.is_empty() || !taken.insert(id.clone()) {
                needs_id += 1;
            }
        });
        if needs_id == 0 {
            return;
        }
        let mut seen = HashSet::new();
        let mut next = 1u64;
        self.for_each_id_mut(|id| {
            if !id.is_empty() && seen.insert(id.clone()) {
                return;
            }
            let fresh = loop {
                let candidate = format!("e{next}");
                next += 1;
                if !taken.contains(&candidate) {
                    break candidate;
                }
            };
            taken.insert(fresh.clone());
            seen.insert(fresh.clone());
            *id = fresh;
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Cv, Work};

    fn work(id: &str) -> Work {
        Work {
            id: id.to_owned(),
            ..Work::default()
        }
    }

    #[test]
    fn missing_and_duplicate_ids_get_fresh_unique_ones() {
        let mut cv = Cv {
            work: Some(vec![work(""), work("e1"), work("x"), work("x"), work("")]),
            ..Cv::default()
        };
        cv.ensure_ids();
        let ids: Vec<_> = cv.work.iter().flatten().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, ["e2", "e1", "x", "e3", "e4"]);
    }

    #[test]
    fn ids_already_unique_are_untouched() {
        let mut cv = Cv {
            work: Some(vec![work("b"), work("a")]),
            ..Cv::default()
        };
        let before = cv.clone();
        cv.ensure_ids();
        assert_eq!(cv, before);
    }
}
