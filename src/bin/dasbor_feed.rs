//! `dasbor-feed`: writes the dashboard's five feeds from a city's PostgreSQL source views
//! (docs/connect.md).
//!
//! `dasbor-feed export --out DIR [--config FILE] [--database-url URL] [--schema NAME]
//!     [--as-of RFC3339] [--page-records N] [--feeds complaints,queues,…] [--every SECONDS]
//!     [--ssl-root-cert PEM]`
//!
//! Without `--database-url` the connection comes from `PGHOST`, `PGPORT`, `PGUSER`,
//! `PGPASSWORD`, `PGDATABASE` and `PGSSLMODE`. Exit status: 0 when every feed was written or
//! kept, 1 when a feed could not be written, 2 for a usage or connection error.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(native::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use dasbor::config::Config;
    use dasbor::locale::Lang;
    use dasbor::model::FeedKind;
    use dasbor::producer::error::ProducerError;
    use dasbor::producer::{self, connect, Options, Outcome};
    use std::path::PathBuf;
    use std::time::{Duration, Instant};

    const USAGE: &str = "usage: dasbor-feed export --out DIR [--config FILE] [--database-url URL] \
        [--schema NAME] [--as-of RFC3339] [--page-records N] [--feeds LIST] [--every SECONDS] \
        [--ssl-root-cert PEM] (see docs/connect.md)";

    fn flag(args: &[String], name: &str) -> Option<String> {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    }

    struct Run {
        config: Config,
        options: Options,
        every: Option<f64>,
        database: postgres::Config,
        root_cert: Option<PathBuf>,
    }

    fn parse(args: &[String]) -> Result<Run, ProducerError> {
        let usage = |m: &str| ProducerError::Usage(format!("{m}\n{USAGE}"));
        if args.first().map(String::as_str) != Some("export") {
            return Err(usage("the command is `export`"));
        }
        let config_path = flag(args, "--config").unwrap_or_else(|| "config.json".into());
        let text = std::fs::read_to_string(&config_path)
            .map_err(|e| ProducerError::io(config_path.as_ref(), e))?;
        let config = Config::parse(&text)
            .map_err(|e| usage(&format!("{config_path}: {}", e.describe(Lang::En))))?;
        let out = flag(args, "--out").ok_or_else(|| usage("--out DIR is required"))?;
        let as_of = match flag(args, "--as-of") {
            Some(t) => Some(
                dasbor::time::CityClock::parse_timestamp(&t)
                    .map_err(|_| usage("--as-of takes an RFC 3339 time with its offset"))?,
            ),
            None => None,
        };
        let every = match flag(args, "--every") {
            Some(s) => Some(
                s.parse::<f64>()
                    .ok()
                    .filter(|s| *s >= 1.0)
                    .ok_or_else(|| usage("--every takes seconds (at least 1)"))?,
            ),
            None => None,
        };
        if every.is_some() && as_of.is_some() {
            return Err(usage(
                "--as-of fixes one moment; it does not go with --every",
            ));
        }
        let feeds = match flag(args, "--feeds") {
            Some(list) => list
                .split(',')
                .map(|id| {
                    FeedKind::ALL
                        .into_iter()
                        .find(|k| k.id() == id)
                        .ok_or_else(|| usage(&format!("--feeds: unknown feed {id}")))
                })
                .collect::<Result<_, _>>()?,
            None => FeedKind::ALL.to_vec(),
        };
        let page_records = match flag(args, "--page-records") {
            Some(n) => n
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| usage("--page-records takes a number"))?,
            None => producer::DEFAULT_PAGE_RECORDS,
        };
        let url = flag(args, "--database-url");
        Ok(Run {
            config,
            options: Options {
                out: PathBuf::from(out),
                schema: flag(args, "--schema").unwrap_or_else(|| "dasbor".into()),
                as_of,
                page_records,
                feeds,
            },
            every,
            database: connect::settings(url.as_deref(), |k| std::env::var(k).ok())?,
            root_cert: flag(args, "--ssl-root-cert").map(PathBuf::from),
        })
    }

    fn report(reports: &[producer::FeedReport]) -> bool {
        let mut ok = true;
        for r in reports {
            println!("{r}");
            ok &= !matches!(r.outcome, Outcome::Failed(_));
        }
        ok
    }

    pub fn run(args: Vec<String>) -> i32 {
        let run = match parse(&args) {
            Ok(run) => run,
            Err(e) => {
                eprintln!("dasbor-feed: {e}");
                return 2;
            }
        };
        let connect = || connect::connect(&run.database, run.root_cert.as_deref());
        let Some(every) = run.every else {
            let result = connect()
                .and_then(|mut client| producer::export(&mut client, &run.config, &run.options));
            return match result {
                Ok(reports) if report(&reports) => 0,
                Ok(_) => 1,
                Err(e) => {
                    eprintln!("dasbor-feed: {e}");
                    2
                }
            };
        };
        // Every `every` seconds: each feed that its refresh interval makes due; a lost connection
        // is opened again at the next tick.
        let started = Instant::now();
        let mut last: Vec<Option<u64>> = vec![None; run.options.feeds.len()];
        let mut client = None;
        loop {
            if client.as_ref().is_none_or(postgres::Client::is_closed) {
                client = connect().map_err(|e| eprintln!("dasbor-feed: {e}")).ok();
            }
            if let Some(c) = client.as_mut() {
                let now_ms = started.elapsed().as_millis() as u64;
                let due = producer::due(&run.config, &run.options.feeds, &last, now_ms);
                let options = Options {
                    feeds: due.clone(),
                    ..run.options.clone()
                };
                match producer::export(c, &run.config, &options) {
                    Ok(reports) => {
                        report(&reports);
                        for (slot, kind) in last.iter_mut().zip(&run.options.feeds) {
                            if due.contains(kind) {
                                *slot = Some(now_ms);
                            }
                        }
                    }
                    Err(e) => eprintln!("dasbor-feed: {e}"),
                }
            }
            std::thread::sleep(Duration::from_secs_f64(every));
        }
    }
}
