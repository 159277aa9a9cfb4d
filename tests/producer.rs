//! The feed producer against a real PostgreSQL server: a throwaway cluster per test
//! (scripts/pg-cluster.sh, stopped and removed when the test ends, also when it fails), the
//! bundled sample loaded into the example tables of docs/connect/, and `dasbor-feed` run on it.
#![cfg(not(target_arch = "wasm32"))]

use dasbor::config::Config;
use dasbor::model::{self, FeedKind};
use dasbor::producer::error::ProducerError;
use dasbor::producer::{self, connect, load, Options, Outcome};
use postgres::Client;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// The sample's `generated_at`: the producer writes as of it, so figures compare like with like.
const AS_OF: &str = "2026-11-27T10:30:00+08:00";

struct Cluster {
    url: String,
    dir: String,
}

impl Cluster {
    fn start() -> Cluster {
        Self::start_with(false)
    }

    fn start_with(tls: bool) -> Cluster {
        let out = Command::new(Path::new(ROOT).join("scripts/pg-cluster.sh"))
            .arg("start")
            .env("PG_CLUSTER_TLS", if tls { "1" } else { "0" })
            .output()
            .expect("scripts/pg-cluster.sh runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        let mut parts = text.split_whitespace();
        Cluster {
            url: parts.next().unwrap().to_string(),
            dir: parts.next().unwrap().to_string(),
        }
    }

    fn client(&self) -> Client {
        connect::connect(&connect::settings(Some(&self.url), |_| None).unwrap(), None).unwrap()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new(Path::new(ROOT).join("scripts/pg-cluster.sh"))
            .args(["stop", &self.dir])
            .status();
    }
}

fn static_file(name: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join("static").join(name)).unwrap()
}

fn config() -> Config {
    Config::parse(&static_file("config.json")).unwrap()
}

struct Bundled {
    complaints: model::complaints::ComplaintFeed,
    queues: model::queues::QueueFeed,
    live: model::queues::QueueLiveFeed,
    dimensions: model::dimensions::DimensionFeed,
    spbe: model::spbe::SpbeFeed,
}

fn bundled() -> Bundled {
    let max = u64::MAX;
    Bundled {
        complaints: model::complaints::decode(&static_file("data/complaints.json"), max).unwrap(),
        queues: model::queues::decode(&static_file("data/queues.json"), max).unwrap(),
        live: model::queues::decode_live(&static_file("data/queue-live.json"), max).unwrap(),
        dimensions: model::dimensions::decode(&static_file("data/dimensions.json"), max).unwrap(),
        spbe: model::spbe::decode(&static_file("data/spbe.json"), max).unwrap(),
    }
}

fn load_sample(client: &mut Client, b: &Bundled) {
    let sample = load::Sample {
        complaints: &b.complaints,
        queues: &b.queues,
        live: &b.live,
        dimensions: &b.dimensions,
        spbe: &b.spbe,
    };
    load::load(client, &sample, true).unwrap();
}

fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dasbor-feed-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn options(out: &Path, schema: &str, as_of: i64, feeds: &[FeedKind]) -> Options {
    Options {
        out: out.to_path_buf(),
        schema: schema.into(),
        as_of: Some(as_of),
        page_records: producer::DEFAULT_PAGE_RECORDS,
        feeds: feeds.to_vec(),
    }
}

fn as_of() -> i64 {
    dasbor::time::CityClock::parse_timestamp(AS_OF).unwrap()
}

fn read(out: &Path, name: &str) -> String {
    std::fs::read_to_string(out.join(name)).unwrap()
}

/// A complaint as comparable text, references by id.
fn complaint_rows(f: &model::complaints::ComplaintFeed) -> Vec<String> {
    let mut rows: Vec<String> = f
        .complaints
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {} {} {} {:?} {:?} {:?}",
                c.id,
                c.received_at,
                f.agencies[c.agency as usize].id,
                f.categories[c.category as usize].id,
                f.areas[c.area as usize].id,
                f.channels[c.channel as usize].id,
                c.status,
                c.responded_at,
                c.resolved_at
            )
        })
        .collect();
    rows.sort();
    rows
}

/// Reads a page chain from `out`, starting at `head`.
fn read_chain(out: &Path, head: &str) -> (model::complaints::ComplaintFeed, usize) {
    let mut feed = model::complaints::decode_page(read(out, head).as_bytes(), u64::MAX).unwrap();
    let mut pages = 1;
    while let Some(next) = feed.meta.next.clone() {
        let text = read(out, &next);
        assert!(text.len() as u64 <= config().max_page_bytes);
        feed.append(model::complaints::decode_page(text.as_bytes(), u64::MAX).unwrap());
        pages += 1;
    }
    feed.finish();
    (feed, pages)
}

/// A new cluster with the bundled sample loaded, a client, and the sample decoded.
fn loaded() -> (Cluster, Client, Bundled) {
    let cluster = Cluster::start();
    let mut client = cluster.client();
    let b = bundled();
    load_sample(&mut client, &b);
    (cluster, client, b)
}

fn outcome(reports: &[producer::FeedReport], kind: FeedKind) -> &Outcome {
    &reports.iter().find(|r| r.kind == kind).unwrap().outcome
}

#[test]
fn the_sample_through_postgresql_gives_the_bundled_feeds() {
    let (_cluster, mut client, b) = loaded();
    let out = out_dir("sample");
    let config = config();
    let reports = producer::export(
        &mut client,
        &config,
        &options(&out, "dasbor", as_of(), &FeedKind::ALL),
    )
    .unwrap();
    for r in &reports {
        assert!(matches!(r.outcome, Outcome::Written { .. }), "{r}");
        assert_eq!(r.left_out.count, 0, "{r}");
    }
    let max = u64::MAX;
    let complaints = model::complaints::decode(&read(&out, "complaints.json"), max).unwrap();
    assert_eq!(complaints.meta.rejections.count, 0);
    assert_eq!(complaints.meta.generated_at, b.complaints.meta.generated_at);
    assert_eq!(complaints.agencies, b.complaints.agencies);
    assert_eq!(complaints.categories, b.complaints.categories);
    assert_eq!(complaints.channels, b.complaints.channels);
    assert_eq!(complaints.areas, b.complaints.areas);
    assert_eq!(complaint_rows(&complaints), complaint_rows(&b.complaints));
    let queues = model::queues::decode(&read(&out, "queues.json"), max).unwrap();
    assert_eq!(queues.meta.rejections.count, 0);
    assert_eq!(queues.agencies, b.queues.agencies);
    assert_eq!(queues.services, b.queues.services);
    let tickets = |q: &model::queues::QueueFeed| {
        let mut t: Vec<String> = q.tickets.iter().map(|t| format!("{t:?}")).collect();
        t.sort();
        t
    };
    assert_eq!(tickets(&queues), tickets(&b.queues));
    let mut live = model::queues::decode_live(&read(&out, "queue-live.json"), max)
        .unwrap()
        .live;
    let mut want = b.live.live.clone();
    live.sort_by(|a, b| a.service.cmp(&b.service));
    want.sort_by(|a, b| a.service.cmp(&b.service));
    assert_eq!(live, want);
    let dims = model::dimensions::decode(&read(&out, "dimensions.json"), max).unwrap();
    assert_eq!(dims.meta.rejections.count, 0);
    assert_eq!(dims.dimensions, b.dimensions.dimensions);
    let spbe = model::spbe::decode(&read(&out, "spbe.json"), max).unwrap();
    assert_eq!(spbe.evaluations, b.spbe.evaluations);
    // Real data is not sample data: no badge, and it turns stale like any feed.
    assert!(!complaints.meta.sample);

    // Unchanged data keeps its bytes (same ETag, a 304 on every screen)...
    let before = std::fs::metadata(out.join("complaints.json"))
        .unwrap()
        .modified()
        .unwrap();
    let again = producer::export(
        &mut client,
        &config,
        &options(&out, "dasbor", as_of() + 60, &FeedKind::ALL),
    )
    .unwrap();
    for kind in [
        FeedKind::Complaints,
        FeedKind::Queues,
        FeedKind::Dimensions,
        FeedKind::Spbe,
    ] {
        assert_eq!(outcome(&again, kind), &Outcome::Unchanged, "{kind:?}");
    }
    // ... but the live feed's half-life is one minute (stale after 120 s).
    assert!(matches!(
        outcome(&again, FeedKind::QueueLive),
        Outcome::Written { .. }
    ));
    assert_eq!(
        std::fs::metadata(out.join("complaints.json"))
            .unwrap()
            .modified()
            .unwrap(),
        before
    );
    // Until half its stale age: then written again with a new generated_at.
    let later = as_of() + 900;
    let third = producer::export(
        &mut client,
        &config,
        &options(&out, "dasbor", later, &FeedKind::ALL),
    )
    .unwrap();
    assert!(matches!(
        outcome(&third, FeedKind::Complaints),
        Outcome::Written { .. }
    ));
    assert_eq!(outcome(&third, FeedKind::Queues), &Outcome::Unchanged);
    let rewritten = model::complaints::decode(&read(&out, "complaints.json"), max).unwrap();
    assert_eq!(rewritten.meta.generated_at, later);
    // A change in the source is written at once.
    client
        .batch_execute(
            "UPDATE kesah.kategori SET nama = 'Jalan, Trotoar dan Drainase' WHERE kode = 'jalan'",
        )
        .unwrap();
    let fourth = producer::export(
        &mut client,
        &config,
        &options(&out, "dasbor", later, &[FeedKind::Complaints]),
    )
    .unwrap();
    assert!(matches!(
        outcome(&fourth, FeedKind::Complaints),
        Outcome::Written { .. }
    ));
    assert!(read(&out, "complaints.json").contains("Jalan, Trotoar dan Drainase"));
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // Pages by record count, linked by `next`: the chain reads back as the whole feed.
    let paged = out_dir("paged");
    let mut opts = options(&paged, "dasbor", as_of(), &[FeedKind::Complaints]);
    opts.page_records = 5_000;
    producer::export(&mut client, &config, &opts).unwrap();
    let (chain, pages) = read_chain(&paged, "complaints.json");
    assert_eq!(pages, b.complaints.complaints.len().div_ceil(5_000));
    assert_eq!(complaint_rows(&chain), complaint_rows(&rewritten));
    // ... and by bytes: no page over max_page_bytes, and a queue history over it is refused
    // (the dashboard would refuse it) with the feed left as it was.
    let mut small = config.clone();
    small.max_page_bytes = 400_000;
    let bytes = out_dir("bytes");
    let r = producer::export(
        &mut client,
        &small,
        &options(
            &bytes,
            "dasbor",
            as_of(),
            &[FeedKind::Complaints, FeedKind::Queues],
        ),
    )
    .unwrap();
    let (chain, pages) = read_chain(&bytes, "complaints.json");
    assert!(pages > 8, "{pages}");
    assert_eq!(chain.complaints.len(), b.complaints.complaints.len());
    for entry in std::fs::read_dir(&bytes).unwrap() {
        assert!(entry.unwrap().metadata().unwrap().len() <= 400_000);
    }
    assert!(matches!(
        outcome(&r, FeedKind::Queues),
        Outcome::Failed(ProducerError::TooLarge { .. })
    ));
    assert!(!bytes.join("queues.json").exists());
    for dir in [out, paged, bytes] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// A schema whose source views read the good ones in `dasbor`, but for `changed` views.
fn schema_with(client: &mut Client, schema: &str, changed: &[(&str, &str)]) {
    let mut sql = format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};");
    for view in producer::source::ALL {
        match changed.iter().find(|(name, _)| *name == view.name) {
            Some((_, "")) => {}
            Some((name, select)) => {
                sql.push_str(&format!("CREATE VIEW {schema}.{name} AS {select};"))
            }
            None => sql.push_str(&format!(
                "CREATE VIEW {schema}.{0} AS SELECT * FROM dasbor.{0};",
                view.name
            )),
        }
    }
    client.batch_execute(&sql).unwrap();
}

/// The complaints view with one column replaced by an expression.
fn complaints_with(column: &str, expression: &str) -> String {
    let columns: Vec<String> = producer::source::COMPLAINTS
        .columns
        .iter()
        .map(|c| {
            if c.name == column {
                format!("{expression} AS {column}")
            } else {
                c.name.to_string()
            }
        })
        .collect();
    format!("SELECT {} FROM dasbor.complaints", columns.join(", "))
}

#[test]
fn bad_sources_get_clear_messages_and_nothing_half_written() {
    let (cluster, mut client, b) = loaded();
    let config = config();
    let out = out_dir("bad");
    let all = FeedKind::ALL;
    producer::export(
        &mut client,
        &config,
        &options(&out, "dasbor", as_of(), &all),
    )
    .unwrap();
    let published = read(&out, "complaints.json");
    let total = b.complaints.complaints.len();

    // A missing view fails its feed only; the others are written.
    schema_with(&mut client, "no_tickets", &[("tickets", "")]);
    let r = producer::export(
        &mut client,
        &config,
        &options(&out_dir("missing"), "no_tickets", as_of(), &all),
    )
    .unwrap();
    match outcome(&r, FeedKind::Queues) {
        Outcome::Failed(e) => assert_eq!(
            e.to_string(),
            "source view \"no_tickets\".\"tickets\" is missing: create it as docs/connect.md describes"
        ),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        outcome(&r, FeedKind::Complaints),
        Outcome::Written { .. }
    ));

    // A column of the wrong type, and a timestamp without its zone: the feed is refused and
    // what was published stays byte for byte, with no temporary file left.
    schema_with(&mut client, "text_counters", &[(
        "services",
        "SELECT id, name, agency, location, counters::text AS counters, daily_quota, position FROM dasbor.services",
    )]);
    let r = producer::export(
        &mut client,
        &config,
        &options(&out, "text_counters", as_of() + 1, &[FeedKind::Queues]),
    )
    .unwrap();
    assert!(
        outcome(&r, FeedKind::Queues).eq(&Outcome::Failed(ProducerError::WrongType {
            view: "\"text_counters\".\"services\"".into(),
            column: "counters",
            found: "text".into(),
            expected: "an integer (smallint, integer or bigint)",
        })),
        "{:?}",
        r[0]
    );
    schema_with(
        &mut client,
        "local_times",
        &[(
            "complaints",
            &complaints_with("received_at", "received_at::timestamp"),
        )],
    );
    let r = producer::export(
        &mut client,
        &config,
        &options(&out, "local_times", as_of() + 1, &[FeedKind::Complaints]),
    )
    .unwrap();
    match outcome(&r, FeedKind::Complaints) {
        Outcome::Failed(e) => {
            let text = e.to_string();
            assert!(text.contains("\"local_times\".\"complaints\", column received_at: timestamp without time zone"), "{text}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(read(&out, "complaints.json"), published);
    assert!(std::fs::read_dir(&out).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".tmp")));

    // Rows the contract would reject are left out and named by view, key and column.
    let first = "KE-2024-000001";
    for (schema, column, expression, problem) in [
        ("null_agency", "agency", format!("CASE WHEN id = '{first}' THEN NULL ELSE agency END"), "is NULL, and the contract requires it".to_string()),
        ("unknown_category", "category", format!("CASE WHEN id = '{first}' THEN 'tidak-ada' ELSE category END"), "'tidak-ada' is not in \"unknown_category\".\"categories\"".to_string()),
        ("early_answer", "responded_at", format!("CASE WHEN id = '{first}' THEN received_at - interval '1 hour' ELSE responded_at END"), "is before received_at".to_string()),
        ("unknown_status", "status", format!("CASE WHEN id = '{first}' THEN 'ARSIP' ELSE status END"), "'ARSIP' is not one of received, verified, in_progress, resolved, rejected".to_string()),
    ] {
        schema_with(&mut client, schema, &[("complaints", &complaints_with(column, &expression))]);
        let dir = out_dir(schema);
        let r = producer::export(&mut client, &config, &options(&dir, schema, as_of(), &[FeedKind::Complaints])).unwrap();
        let report = &r[0];
        assert!(matches!(report.outcome, Outcome::Written { .. }), "{report}");
        assert_eq!(report.left_out.count, 1, "{report}");
        let p = &report.left_out.first[0];
        assert_eq!(p.view, format!("\"{schema}\".\"complaints\""));
        assert_eq!(p.key, format!("id={first}"));
        assert_eq!(p.column, column);
        assert_eq!(p.problem, problem);
        assert!(report.to_string().contains("1 row(s) left out"), "{report}");
        let feed = model::complaints::decode(&read(&dir, "complaints.json"), u64::MAX).unwrap();
        assert_eq!(feed.complaints.len(), total - 1);
        assert_eq!(feed.meta.rejections.count, 0, "the dashboard finds nothing more to reject");
        let _ = std::fs::remove_dir_all(dir);
    }

    // The server down, and a wrong password.
    let free_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let down = format!("postgresql://dasbor:dasbor-test@127.0.0.1:{free_port}/postgres");
    let Err(e) = connect::connect(&connect::settings(Some(&down), |_| None).unwrap(), None) else {
        panic!("connected to a closed port")
    };
    assert!(
        e.to_string().starts_with(&format!(
            "cannot connect to PostgreSQL at dasbor@127.0.0.1:{free_port}/postgres"
        )),
        "{e}"
    );
    assert!(e.to_string().to_lowercase().contains("refused"), "{e}");
    let wrong = cluster.url.replace("dasbor-test", "salah");
    let Err(e) = connect::connect(&connect::settings(Some(&wrong), |_| None).unwrap(), None) else {
        panic!("connected with a wrong password")
    };
    assert!(
        e.to_string()
            .contains("password authentication failed for user \"dasbor\""),
        "{e}"
    );
    assert!(
        !e.to_string().contains("salah"),
        "the password is never printed"
    );
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn the_command_line_exports_and_exits_with_a_status() {
    let (cluster, _, _) = loaded();
    let bin = env!("CARGO_BIN_EXE_dasbor-feed");
    let out = out_dir("cli");
    let config = Path::new(ROOT).join("static/config.json");
    let export = || {
        let mut c = Command::new(bin);
        c.args([
            "export",
            "--config",
            config.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        c
    };
    let run = |extra: &[&str]| export().args(extra).output().unwrap();
    let ok = run(&["--database-url", &cluster.url, "--as-of", AS_OF]);
    let text = String::from_utf8_lossy(&ok.stdout);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{text}{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(
        text.contains("complaints: written, 12075 records"),
        "{text}"
    );
    // The PG* environment instead of a URL.
    let port = cluster
        .url
        .rsplit(':')
        .next()
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let env = export()
        .args(["--as-of", AS_OF])
        .env("PGHOST", "127.0.0.1")
        .env("PGPORT", port)
        .env("PGUSER", "dasbor")
        .env("PGPASSWORD", "dasbor-test")
        .env("PGDATABASE", "postgres")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&env.stdout);
    assert_eq!(env.status.code(), Some(0), "{text}");
    assert!(text.contains("complaints: unchanged"), "{text}");
    let bad = run(&["--database-url", &cluster.url, "--as-of", "kemarin"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--as-of takes an RFC 3339 time"));
    let missing = run(&["--database-url", &cluster.url, "--schema", "tidak_ada"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stdout)
        .contains("source view \"tidak_ada\".\"agencies\" is missing"));
    let _ = std::fs::remove_dir_all(out);
}

/// `generated_at` of a feed as published (Unix seconds), from the folder's state.
fn published_at(out: &Path, feed: &str) -> Option<i64> {
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join(".dasbor-feed-state.json")).ok()?)
            .ok()?;
    state["feeds"][feed]["generated_at"].as_i64()
}

#[test]
fn every_n_seconds_each_feed_follows_its_own_refresh_interval() {
    let (cluster, _, _) = loaded();
    // The live board refreshed every second and stale after two (so rewritten each time);
    // the complaints every five minutes.
    let site = out_dir("every");
    std::fs::create_dir_all(&site).unwrap();
    let mut config: serde_json::Value = serde_json::from_str(&static_file("config.json")).unwrap();
    config["refresh_seconds"]["queue_live"] = 1.into();
    config["stale_after_seconds"]["queue_live"] = 2.into();
    let config_path = site.join("config.json");
    std::fs::write(&config_path, config.to_string()).unwrap();
    let data = site.join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dasbor-feed"))
        .args([
            "export",
            "--every",
            "1",
            "--config",
            config_path.to_str().unwrap(),
            "--out",
            data.to_str().unwrap(),
        ])
        .args(["--database-url", &cluster.url])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut live = Vec::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while live.len() < 3 && std::time::Instant::now() < deadline {
        if let Some(t) = published_at(&data, "queue_live") {
            if live.last() != Some(&t) {
                live.push(t);
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let complaints = published_at(&data, "complaints");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(
        live.len(),
        3,
        "the live board was written again each second: {live:?}"
    );
    assert!(
        complaints.is_some_and(|t| t <= live[0]),
        "complaints written once, at the first tick"
    );
    let _ = std::fs::remove_dir_all(site);
}

#[test]
fn tls_when_the_url_asks_for_it() {
    let cluster = Cluster::start_with(true);
    let cert = PathBuf::from(&cluster.dir).join("server.crt");
    let uses_tls = |client: &mut Client| -> bool {
        client
            .query_one(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )
            .unwrap()
            .get(0)
    };
    let url = |mode: &str| format!("{}?sslmode={mode}", cluster.url);
    let settings = |mode: &str| connect::settings(Some(&url(mode)), |_| None).unwrap();
    let mut client = connect::connect(&settings("require"), Some(&cert)).unwrap();
    assert!(
        uses_tls(&mut client),
        "sslmode=require with the server's CA"
    );
    let mut preferred = connect::connect(&settings("prefer"), Some(&cert)).unwrap();
    assert!(
        uses_tls(&mut preferred),
        "sslmode=prefer takes TLS when the server offers it"
    );
    let mut plain = connect::connect(&settings("disable"), None).unwrap();
    assert!(!uses_tls(&mut plain), "sslmode=disable");
    // A certificate nobody vouches for is refused, never silently accepted.
    let Err(e) = connect::connect(&settings("require"), None) else {
        panic!("an untrusted certificate was accepted")
    };
    assert!(e.to_string().contains("certificate"), "{e}");
}

/// The sample's config with complaints and queues in month partitions.
fn months_config() -> Config {
    let text = static_file("config.json")
        .replace(
            "\"source_names\"",
            "\"source_forms\": {\"complaints\": \"months\", \"queues\": \"months\"}, \"source_names\"",
        )
        .replace("data/complaints.json", "data/complaints-months.json")
        .replace("data/queues.json", "data/queues-months.json");
    Config::parse(&text).unwrap()
}

fn manifest(out: &Path, kind: FeedKind) -> model::partitions::Manifest {
    let name = format!("{}-months.json", kind.id());
    model::partitions::decode(&read(out, &name), kind, u64::MAX).unwrap()
}

fn written(reports: &[producer::FeedReport], kind: FeedKind) -> Vec<String> {
    match outcome(reports, kind) {
        Outcome::Written { files, .. } => files.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn month_partitions_from_postgresql_and_only_changed_months_rewritten() {
    let (_cluster, mut client, b) = loaded();
    let out = out_dir("months");
    let config = months_config();
    let feeds = [FeedKind::Complaints, FeedKind::Queues];
    let run = |client: &mut Client, at: i64| {
        producer::export(client, &config, &options(&out, "dasbor", at, &feeds)).unwrap()
    };
    let reports = run(&mut client, as_of());
    for r in &reports {
        assert_eq!(r.left_out.count, 0, "{r}");
    }
    // Every month read back is the bundled feed, each month holding only its own records.
    let m = manifest(&out, FeedKind::Complaints);
    assert!(m.months.len() >= 24, "{}", m.months.len());
    assert_eq!(
        written(&reports, FeedKind::Complaints).len(),
        m.months.len() + 1
    );
    let mut all: Option<model::complaints::ComplaintFeed> = None;
    for part in &m.months {
        let (month, _) = read_chain(&out, &part.url);
        assert_eq!(month.complaints.len() as u64, part.records);
        let (start, end) = dasbor::sources::months::month_bounds(part.month, &config.clock);
        assert!(month
            .complaints
            .received_times()
            .all(|t| start <= t && t < end));
        assert_eq!(month.meta.generated_at, as_of());
        match &mut all {
            None => all = Some(month),
            Some(all) => all.append(month),
        }
    }
    let mut all = all.unwrap();
    all.finish();
    assert_eq!(complaint_rows(&all), complaint_rows(&b.complaints));
    assert_eq!(m.newest_at(), b.complaints.newest_received());
    let q = manifest(&out, FeedKind::Queues);
    let tickets: u64 = q.months.iter().map(|p| p.records).sum();
    assert_eq!(tickets, b.queues.tickets.len() as u64);
    let first = model::queues::decode(&read(&out, &q.months[0].url), u64::MAX).unwrap();
    assert_eq!(first.services, b.queues.services);

    // An hour later, nothing changed: only the manifests are written; the months keep their
    // bytes and their generated_at.
    let later = as_of() + 3600;
    let reports = run(&mut client, later);
    assert_eq!(
        written(&reports, FeedKind::Complaints),
        ["complaints-months.json"]
    );
    assert_eq!(written(&reports, FeedKind::Queues), ["queues-months.json"]);
    let again = manifest(&out, FeedKind::Complaints);
    assert_eq!(again.meta.generated_at, later);
    assert!(again.months.iter().all(|p| p.generated_at == as_of()));

    // A complaint of March 2025 answered: that month alone is rewritten.
    client
        .batch_execute(
            "UPDATE kesah.laporan SET status = 'DITOLAK' WHERE nomor = (
               SELECT nomor FROM kesah.laporan
               WHERE diterima >= '2025-03-05T00:00:00+08:00' AND status <> 'DITOLAK'
               ORDER BY diterima LIMIT 1)",
        )
        .unwrap();
    let latest = later + 3600;
    let reports = run(&mut client, latest);
    assert_eq!(
        written(&reports, FeedKind::Complaints),
        ["complaints-months-2025-03.json", "complaints-months.json"]
    );
    let third = manifest(&out, FeedKind::Complaints);
    for part in &third.months {
        let expected = if part.url == "complaints-months-2025-03.json" {
            latest
        } else {
            as_of()
        };
        assert_eq!(part.generated_at, expected, "{}", part.url);
    }
}

#[test]
fn month_partitions_report_rows_without_a_time_as_left_out() {
    let (_cluster, mut client, b) = loaded();
    // One complaint without a receipt time: no month selects it.
    let first = "(SELECT min(id) FROM dasbor.complaints)";
    schema_with(
        &mut client,
        "notime",
        &[(
            "complaints",
            &complaints_with(
                "received_at",
                &format!("CASE WHEN id = {first} THEN NULL ELSE received_at END"),
            ),
        )],
    );
    let out = out_dir("months-notime");
    let config = months_config();
    let reports = producer::export(
        &mut client,
        &config,
        &options(&out, "notime", as_of(), &[FeedKind::Complaints]),
    )
    .unwrap();
    let report = &reports[0];
    assert_eq!(report.left_out.count, 1, "{report}");
    assert_eq!(report.left_out.first[0].column, "received_at", "{report}");
    let m = manifest(&out, FeedKind::Complaints);
    let written: u64 = m.months.iter().map(|p| p.records).sum();
    assert_eq!(written, b.complaints.complaints.len() as u64 - 1);
}
