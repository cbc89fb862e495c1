//! Hits in date order that pages can split: newest first, undated last, and among articles of
//! the same date by file, then by their order in the index (the order a file's records were
//! written in), so that every page of a search continues the one before it.

use std::cmp::Reverse;
use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// The sort key of one hit: newest first, then file, then place in the index.
type Key = (Reverse<i64>, String, DocAddress);

/// Collects the keys of the first `keep` hits of each segment (a file's name is looked up only
/// for them), and counts all hits; the caller sorts them and keeps a page.
pub(super) struct ByDate<'a> {
    pub keep: usize,
    /// The names of the fast fields of the publication date and of the file.
    pub published: &'a str,
    pub file: &'a str,
}

pub(super) struct ByDateSegment {
    segment: SegmentOrdinal,
    keep: usize,
    published: Column<tantivy::DateTime>,
    file: Option<StrColumn>,
    /// Date, the file's place in the segment's dictionary (the order of the names), document.
    keys: Vec<(Reverse<i64>, u64, DocId)>,
}

impl Collector for ByDate<'_> {
    type Fruit = (usize, Vec<Key>);
    type Child = ByDateSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<ByDateSegment> {
        Ok(ByDateSegment {
            segment,
            keep: self.keep,
            published: reader.fast_fields().date(self.published)?,
            file: reader.fast_fields().str(self.file)?,
            keys: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(usize, Vec<Key>)>) -> tantivy::Result<(usize, Vec<Key>)> {
        let total = fruits.iter().map(|(n, _)| n).sum();
        Ok((total, fruits.into_iter().flat_map(|(_, k)| k).collect()))
    }
}

impl SegmentCollector for ByDateSegment {
    type Fruit = (usize, Vec<Key>);

    fn collect(&mut self, doc: DocId, _: Score) {
        let date = self
            .published
            .first(doc)
            .map_or(i64::MIN, |d| d.into_timestamp_secs());
        let ord = self
            .file
            .as_ref()
            .and_then(|col| col.term_ords(doc).next())
            .unwrap_or(0);
        self.keys.push((Reverse(date), ord, doc));
    }

    fn harvest(mut self) -> (usize, Vec<Key>) {
        let total = self.keys.len();
        if self.keys.len() > self.keep && self.keep > 0 {
            self.keys.select_nth_unstable(self.keep - 1);
        }
        self.keys.truncate(self.keep);
        let ords: Vec<u64> = self.keys.iter().map(|&(_, ord, _)| ord).collect();
        let mut names = file_names(self.file.as_ref(), &ords).unwrap_or_default();
        let keys = self
            .keys
            .into_iter()
            .map(|(date, ord, doc)| {
                let file = names.get_mut(&ord).map(std::mem::take).unwrap_or_default();
                (date, file, DocAddress::new(self.segment, doc))
            })
            .collect();
        (total, keys)
    }
}

/// The names of the files of the ordinals `ords` of a segment's column of file names, read in
/// one pass over the ordinals in order (looking each up by itself would decompress a block of
/// the dictionary each time); none without a column.
pub(super) fn file_names(
    files: Option<&StrColumn>,
    ords: &[u64],
) -> std::io::Result<HashMap<u64, String>> {
    let Some(files) = files else {
        return Ok(HashMap::new());
    };
    let mut sorted = ords.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut names = sorted.iter();
    let mut out = HashMap::with_capacity(sorted.len());
    files
        .dictionary()
        .sorted_ords_to_term_cb(&sorted, |bytes| {
            if let Some(&ord) = names.next() {
                out.insert(ord, String::from_utf8_lossy(bytes).into_owned());
            }
        })?;
    Ok(out)
}

/// The hits from the `offset`-th to the `offset + limit`-th of `keys` in date order.
pub(super) fn page(mut keys: Vec<Key>, offset: usize, limit: usize) -> Vec<DocAddress> {
    let end = offset.saturating_add(limit).min(keys.len());
    if end < keys.len() && end > 0 {
        keys.select_nth_unstable(end - 1);
        keys.truncate(end);
    }
    keys.sort_unstable();
    keys.into_iter()
        .skip(offset)
        .take(limit)
        .map(|(_, _, addr)| addr)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_then_file_then_index_order() {
        let key = |date: i64, file: &str, doc: u32| {
            (Reverse(date), file.to_string(), DocAddress::new(0, doc))
        };
        let keys = vec![
            key(i64::MIN, "a", 0),
            key(5, "b", 1),
            key(9, "z", 2),
            key(5, "a", 3),
            key(5, "a", 4),
            key(i64::MIN, "a", 5),
        ];
        let docs = |v: Vec<DocAddress>| v.into_iter().map(|a| a.doc_id).collect::<Vec<_>>();
        let cases = [
            (0, 10, vec![2, 3, 4, 1, 0, 5]),
            (1, 2, vec![3, 4]),
            (4, 5, vec![0, 5]),
            (9, 1, vec![]),
        ];
        for (offset, limit, want) in cases {
            let got = page(keys.clone(), offset, limit);
            assert_eq!(docs(got), want, "{offset} {limit}");
        }
    }
}
