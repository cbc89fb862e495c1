//! The outlet of an article from what its file says of its site: the name a page or record
//! gives itself, checked against its web address, and the names of known news hosts.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The host of an absolute URL, in lower case, without `www.`, written in Unicode; `None` when
/// the URL has no host name with a dot.
pub(super) fn host_of(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    let host = parsed.host_str()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    if !host.contains('.') {
        return None;
    }
    // The URL parser writes international names in ASCII (`xn--`): back to what they say.
    Some(if host.contains("xn--") {
        idna::domain_to_unicode(host).0
    } else {
        host.to_string()
    })
}

/// The labels of a host that name the site, without its public suffix and `www`-like labels:
/// `news.bbc.co.uk` → `news`, `bbc`.
fn site_labels(host: &str) -> impl Iterator<Item = &str> {
    let suffix = psl::suffix(host.as_bytes()).map_or(0, |s| s.as_bytes().len());
    let site = host
        .get(..host.len().saturating_sub(suffix + 1))
        .unwrap_or("");
    site.split('.')
        .filter(|l| !l.is_empty() && !l.starts_with("www"))
}

/// Known news hosts and their names (`host<TAB>name`, from `hosts.tsv`), by host.
static HOSTS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("hosts.tsv")
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .collect()
});

/// The outlet of a known host or of a site above it (`edition.cnn.com` is `cnn.com`'s).
fn known_host(host: &str) -> Option<&'static str> {
    let mut site = host;
    loop {
        if let Some(name) = HOSTS.get(site) {
            return Some(name);
        }
        site = site.split_once('.')?.1;
    }
}

/// The outlet a name or host stands for: a known web host ("www.bbc.co.uk", "bbc.co.uk") is
/// mapped to its outlet's name ("BBC News"), an unknown host is kept without `www.`, and any
/// other name is kept as it is but for a lower-case article ("the Guardian" → "The
/// Guardian").
pub(super) fn outlet_name(name: &str) -> String {
    let name = name.trim();
    let looks_like_host = !name.contains(' ') && name.contains('.');
    if !looks_like_host {
        return match name.strip_prefix("the ") {
            Some(rest) if rest.starts_with(char::is_uppercase) => format!("The {rest}"),
            _ => name.to_string(),
        };
    }
    let host = host_of(name).unwrap_or_else(|| {
        let h = name.to_ascii_lowercase();
        h.strip_prefix("www.").unwrap_or(&h).to_string()
    });
    known_host(&host).map_or(host, str::to_string)
}

/// Lower-case letters and digits of a name, accents folded ("Libération.fr" → "liberationfr"),
/// "&" read as "and".
fn compact(name: &str) -> String {
    const FOLD: [(&str, char); 7] = [
        ("áàâäãåāă", 'a'),
        ("éèêëěēę", 'e'),
        ("íìîïī", 'i'),
        ("óòôöõøō", 'o'),
        ("úùûüůū", 'u'),
        ("çčć", 'c'),
        ("ñňń", 'n'),
    ];
    let mut out = String::with_capacity(name.len());
    if name.is_ascii() {
        // (nothing to fold: letters and digits in lower case, as below)
        for b in name.bytes() {
            match b {
                b'&' => out.push_str("and"),
                b if b.is_ascii_alphanumeric() => out.push(char::from(b.to_ascii_lowercase())),
                _ => {}
            }
        }
        return out;
    }
    for c in name
        .replace('&', "and")
        .chars()
        .flat_map(char::to_lowercase)
    {
        let c = FOLD
            .iter()
            .find(|(from, _)| from.contains(c))
            .map_or(c, |&(_, to)| to);
        let c = match c {
            'š' => 's',
            'ř' => 'r',
            'ž' => 'z',
            'ý' => 'y',
            'ß' => 's',
            c => c,
        };
        if c.is_alphanumeric() {
            out.push(c);
        }
    }
    out
}

/// Whether the compact host part `label` reads as the compact `name`.
fn reads_as(name: &str, label: &str) -> bool {
    if name.is_empty() || label.len() < 2 {
        return false;
    }
    if name.contains(label) || label.contains(name) {
        return true;
    }
    // The host's letters in order in the name, from its first letter ("nytimes" in
    // "newyorktimes").
    let mut name_chars = name.chars();
    name.chars().next() == label.chars().next() && label.chars().all(|c| name_chars.any(|n| n == c))
}

/// Whether a site name can be the name of the site at `url` (an address or a bare host): "The
/// New York Times" of nytimes.com, "Wall Street Journal" of wsj.com, "Mac & i" of
/// heise.de/mac-and-i/, but not "Blogger" of linknaija.com nor "Associated Press" of
/// ctpost.com (a platform or a syndicator, not the publisher).
pub(super) fn site_agrees(name: &str, url: &str) -> bool {
    let lower = name.to_lowercase();
    let name = compact(lower.strip_prefix("the ").unwrap_or(&lower));
    let host = host_of(url).unwrap_or_else(|| url.to_ascii_lowercase());
    if site_labels(&host).any(|l| reads_as(&name, &compact(l))) {
        return true;
    }
    // A site within a site: its name is a folder of the address.
    let path = url.split_once("://").map_or("", |(_, rest)| rest);
    path.split('/')
        .skip(1)
        .any(|segment| !segment.is_empty() && compact(segment) == name)
}

/// A site name without the tagline or sections after it: "Autoracing | F1 | Indy" →
/// "Autoracing", "Remember 80/90 - Memorabilia" → "Remember 80/90".
pub(super) fn clean_site_name(name: &str) -> String {
    let mut name = name.trim();
    for sep in [" | ", " - ", " – ", " — ", " : "] {
        if let Some((head, _)) = name.split_once(sep) {
            if !head.trim().is_empty() {
                name = head.trim();
            }
        }
    }
    name.to_string()
}

/// Whether two names of an outlet are one name written two ways: the same letters and digits
/// but for "the" and a domain ending ("cleveland" and "cleveland.com", "the Guardian" and "The
/// Guardian", "Le Monde.fr" and "Le Monde").
fn same_name(a: &str, b: &str) -> bool {
    let core = |name: &str| {
        let lower = name.trim().to_lowercase();
        let lower = lower.strip_prefix("the ").unwrap_or(&lower);
        let bare = match lower.rsplit_once('.') {
            Some((head, tld))
                if !head.is_empty()
                    && tld.len() <= 4
                    && tld.chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                head.strip_suffix(".co").unwrap_or(head)
            }
            _ => lower,
        };
        compact(bare)
    };
    let (a, b) = (core(a), core(b));
    !a.is_empty() && a == b
}

/// The outlet of a page or record from the name it gives itself and its address: the name
/// when it fits the address (or there is no address), else the outlet of the address's host;
/// a name that is the known outlet of the host written another way is written as readers know
/// it ("cleveland" of cleveland.com is "cleveland.com", "nj" is "NJ.com").
pub(super) fn outlet_of(name: Option<&str>, url: Option<&str>) -> Option<String> {
    let name = name.map(clean_site_name).filter(|n| !n.is_empty());
    let host = url.and_then(|u| host_of(u).or_else(|| Some(u.to_ascii_lowercase())));
    match (name, host) {
        (Some(n), Some(h)) if !site_agrees(&n, url.unwrap_or(&h)) => Some(outlet_name(&h)),
        (Some(n), Some(h)) => match known_host(&h) {
            Some(known) if same_name(&n, known) => Some(known.to_string()),
            _ => Some(outlet_name(&n)),
        },
        (Some(n), None) => Some(outlet_name(&n)),
        (None, Some(h)) => Some(outlet_name(&h)),
        (None, None) => None,
    }
}

/// Known hosts' labels and names that are also common words or letters: a folder or file so
/// named ("time/", "express_notes.txt", "mirror/") is not taken for the site.
const WORDLIKE_SITES: &[&str] = &[
    "al",
    "dw",
    "ft",
    "nj",
    "time",
    "slate",
    "salon",
    "wired",
    "express",
    "mirror",
    "mint",
    "week",
    "nation",
    "register",
    "conversation",
    "athletic",
    "herald",
    "sun",
    "star",
    "age",
    "dawn",
    "stuff",
    "punch",
    "vanguard",
    "wire",
    "standard",
    "citizen",
    "tribune",
    "monitor",
    "diplomat",
];

/// The known sites a path may name: each known host's own label ("nytimes", "bbc"), its
/// outlet's name without "the", in compact form ("newyorktimes"), and that name.
static SITE_NAMES: LazyLock<Vec<(String, String, &'static str)>> = LazyLock::new(|| {
    HOSTS
        .iter()
        .filter_map(|(host, name)| {
            let label = site_labels(host).last()?;
            let lower = name.to_lowercase();
            let full = compact(lower.strip_prefix("the ").unwrap_or(&lower));
            let wordlike =
                WORDLIKE_SITES.contains(&label) || WORDLIKE_SITES.contains(&full.as_str());
            (!wordlike).then(|| (label.to_string(), full, *name))
        })
        .collect()
});

/// The known sites by label and by compact name.
static SITE_KEYS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut keys = HashMap::new();
    for (label, full, name) in SITE_NAMES.iter() {
        keys.entry(label.as_str()).or_insert(*name);
        keys.entry(full.as_str()).or_insert(*name);
    }
    keys
});

/// The known site whose label or name `piece` (compact) is, exactly.
fn site_named(piece: &str) -> Option<&'static str> {
    SITE_KEYS.get(piece).copied()
}

/// The one known site `piece` (compact) is a short form of: the start of its label ("nyt" of
/// "nytimes"), else its name's letters in order from the first to the last
/// ("washpost" of "washingtonpost"). `None` when no site or more than one fits.
fn site_short_for(piece: &str) -> Option<&'static str> {
    if piece.len() < 3 {
        return None;
    }
    let one = |fits: &dyn Fn(&str, &str) -> bool| {
        let mut names = SITE_NAMES
            .iter()
            .filter(|(label, full, _)| fits(label, full))
            .map(|&(_, _, name)| name);
        let first = names.next()?;
        names.all(|n| n == first).then_some(first)
    };
    let in_order = |name: &str| {
        let mut rest = name.chars();
        name.starts_with(&piece[..1])
            && name.ends_with(&piece[piece.len() - 1..])
            && piece.chars().all(|c| rest.any(|n| n == c))
    };
    one(&|label, _| label.starts_with(piece))
        .or_else(|| one(&|label, full| in_order(label) || in_order(full)))
}

/// How many folders above a file may name its site ("nytimes/2019/11/storm.html").
const PATH_FOLDERS: usize = 4;

/// The outlet a file's path names, for its articles that name none: a folder named after a
/// known news site, whole or before a dash, at most four folders up ("archive/nytimes/2019/…",
/// "bbc-fulltext/…"), or a file name that opens with one, or a short form of one, before an
/// underscore ("breitbart_2015-11-11_….txt", "wash-post_2016-02-01_….txt"). Names of known
/// hosts only.
pub(crate) fn outlet_of_path(path: &std::path::Path) -> Option<String> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if let Some((lead, _)) = stem.split_once('_') {
        let lead = compact(lead);
        if let Some(name) = site_named(&lead).or_else(|| site_short_for(&lead)) {
            return Some(name.to_string());
        }
    }
    // (the files of a folder come one after another: its answer is kept for the next)
    thread_local! {
        static LAST: std::cell::RefCell<Option<(std::path::PathBuf, Option<&'static str>)>> =
            const { std::cell::RefCell::new(None) };
    }
    let parent = path.parent()?;
    LAST.with_borrow_mut(|last| match last {
        Some((folder, site)) if folder == parent => *site,
        _ => {
            let site = outlet_of_folders(parent);
            *last = Some((parent.to_path_buf(), site));
            site
        }
    })
    .map(str::to_string)
}

/// The outlet that a folder `dir`, or one of the folders it is in, is named after.
fn outlet_of_folders(dir: &std::path::Path) -> Option<&'static str> {
    dir.ancestors()
        .take(PATH_FOLDERS)
        .filter_map(|folder| folder.file_name()?.to_str())
        .find_map(|folder| {
            let first = folder.split(['-', '_', ' ']).next().unwrap_or(folder);
            site_named(&compact(folder)).or_else(|| site_named(&compact(first)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_named_by_paths() {
        let cases = [
            (
                "/data/breitbart_2015-11-11_the-ninth-circle.txt",
                Some("Breitbart"),
            ),
            (
                "/data/wash-post_2016-02-01_sanders-wins.txt",
                Some("The Washington Post"),
            ),
            (
                "/data/nyt_2016-02-01_caucus-night.txt",
                Some("The New York Times"),
            ),
            ("/data/huff-post_2016-02-01_x.txt", Some("HuffPost")),
            ("/data/usa-today_2016-02-01_x.txt", Some("USA Today")),
            (
                "/archive/nytimes/2019/11/storm.html",
                Some("The New York Times"),
            ),
            ("/corpus/bbc-fulltext/business/001.txt", Some("BBC News")),
            ("/archive/The Guardian/2019/storm.txt", Some("The Guardian")),
            // Nothing known, a word that is also a site, or a short form of two sites.
            ("/home/ada/notes/article_001.txt", None),
            ("/home/ada/time/storm.txt", None),
            ("/data/ny_2016-02-01_x.txt", None),
            ("/data/news_2016-02-01_x.txt", None),
            ("/data/storm-report.txt", None),
        ];
        for (path, want) in cases {
            let got = outlet_of_path(std::path::Path::new(path));
            assert_eq!(got.as_deref(), want, "{path:?}");
        }
    }

    #[test]
    fn outlets_from_hosts() {
        let cases = [
            ("www.bbc.co.uk", "BBC News"),
            ("https://www.theguardian.com/world/x", "The Guardian"),
            ("edition.cnn.com", "CNN"),
            ("news.example.org", "news.example.org"),
            ("The Daily Ledger", "The Daily Ledger"),
            ("the Guardian", "The Guardian"),
            ("the times", "the times"),
            ("www.nj.com", "NJ.com"),
        ];
        for (input, want) in cases {
            assert_eq!(outlet_name(input), want, "{input:?}");
        }
    }

    #[test]
    fn site_names_against_hosts() {
        let cases = [
            ("The New York Times", "nytimes.com", true),
            ("Wall Street Journal", "wsj.com", true),
            ("BBC News", "bbc.co.uk", true),
            ("Autoracing", "autoracing.com.br", true),
            ("NBC 5 Dallas-Fort Worth", "nbcdfw.com", true),
            ("Blogger", "linknaija.com", false),
            ("Associated Press", "ctpost.com", false),
            ("DH News Service", "deccanherald.com", false),
            ("Aktuálně.cz", "https://sport.aktualne.cz/fotbal/", true),
            (
                "Folha de S.Paulo",
                "https://www1.folha.uol.com.br/esporte/",
                true,
            ),
            ("Mac & i", "http://www.heise.de/mac-and-i/meldung/1", true),
            ("Libération.fr", "liberation.fr", true),
        ];
        for (name, host, want) in cases {
            assert_eq!(site_agrees(name, host), want, "{name:?} {host:?}");
        }
        let outlets = [
            (
                Some("Blogger"),
                Some("linknaija.com"),
                Some("linknaija.com"),
            ),
            (
                Some("Autoracing | F1 | Indy"),
                Some("autoracing.com.br"),
                Some("Autoracing"),
            ),
            (Some("Firth Herald"), None, Some("Firth Herald")),
            (None, Some("bbc.co.uk"), Some("BBC News")),
            (
                Some("Associated Press"),
                Some("nytimes.com"),
                Some("The New York Times"),
            ),
            (None, None, None),
            // As readers know them.
            (
                Some("cleveland"),
                Some("https://www.cleveland.com/x"),
                Some("cleveland.com"),
            ),
            (Some("nj"), Some("https://www.nj.com/x"), Some("NJ.com")),
            (
                Some("the Guardian"),
                Some("https://www.theguardian.com/x"),
                Some("The Guardian"),
            ),
            (
                Some("Le Monde.fr"),
                Some("http://www.lemonde.fr/x"),
                Some("Le Monde"),
            ),
            (
                Some("Washington Post"),
                Some("https://www.washingtonpost.com/x"),
                Some("The Washington Post"),
            ),
            (
                Some("CNNMoney"),
                Some("http://money.cnn.com/x"),
                Some("CNNMoney"),
            ),
            (
                Some("the Herald"),
                Some("https://herald.example/x"),
                Some("The Herald"),
            ),
        ];
        for (name, host, want) in outlets {
            assert_eq!(outlet_of(name, host).as_deref(), want, "{name:?} {host:?}");
        }
    }

    #[test]
    fn hosts_of_urls() {
        let cases = [
            ("https://www.example.com/a?b", Some("example.com")),
            (
                "http://user@news.example.org:8080/",
                Some("news.example.org"),
            ),
            ("HTTPS://News.Example.ORG/", Some("news.example.org")),
            (
                "https://sport.aktuálně.cz/fotbal/",
                Some("sport.aktuálně.cz"),
            ),
            ("example.com/a", None),
            ("https://localhost/", None),
            ("mailto:ann@example.com", None),
        ];
        for (input, want) in cases {
            assert_eq!(host_of(input).as_deref(), want, "{input:?}");
        }
    }

    #[test]
    fn labels_that_name_a_site() {
        let cases: [(&str, &[&str]); 5] = [
            ("bbc.co.uk", &["bbc"]),
            ("news.bbc.co.uk", &["news", "bbc"]),
            ("www1.folha.uol.com.br", &["folha", "uol"]),
            ("sport.aktualne.cz", &["sport", "aktualne"]),
            ("localhost", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(site_labels(input).collect::<Vec<_>>(), want, "{input:?}");
        }
    }

    /// No two known sites are named alike in a path (a label or compact name of one is none of
    /// another's), so which a folder names does not depend on the order of the table.
    #[test]
    fn known_sites_have_keys_of_their_own() {
        let mut owner: HashMap<&str, &str> = HashMap::new();
        for (label, full, name) in SITE_NAMES.iter() {
            for key in [label.as_str(), full.as_str()] {
                let first = *owner.entry(key).or_insert(name);
                assert_eq!(first, *name, "{key:?} names both");
            }
        }
    }

    /// No known host lies under another, so a host finds the same outlet whichever way the list
    /// is searched.
    #[test]
    fn known_hosts_do_not_nest() {
        for host in HOSTS.keys() {
            let mut above = host.split_once('.').map(|(_, rest)| rest);
            while let Some(site) = above {
                assert!(!HOSTS.contains_key(site), "{host} is under {site}");
                above = site.split_once('.').map(|(_, rest)| rest);
            }
        }
        assert_eq!(known_host("edition.cnn.com"), Some("CNN"));
        assert_eq!(known_host("cnn.com.example"), None);
    }
}
