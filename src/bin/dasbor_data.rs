//! Native companion tool.
//!
//! `dasbor-data generate [--out DIR] [--complaints N [--page-records K]] [--months M]`
//!     writes the deterministic sample files (default `static/data/`); with `--complaints N` only
//!     a complaints file of about N records, for benchmarks, split into pages of K records
//!     linked by `next` when asked.
//! `dasbor-data load [--database-url URL] [--complaints N] [--replace]`
//!     fills the example tables of docs/connect/ in PostgreSQL from the sample generator (about N
//!     complaints when asked), with their keys and the source views `dasbor-feed` reads.
//! `dasbor-data partition --kind complaints|queues --in FILE [--out DIR] [--config FILE]`
//!     cuts a complaints or queues document into month partitions (docs/data-contract.md,
//!     "Month partitions"): the manifest `<name>-months.json` and `<name>-months-YYYY-MM.json`
//!     per city month (as `dasbor-feed` names them), in DIR (default: beside FILE).
//! `dasbor-data figures [--static DIR] [--query QUERY] [--lang id|en] [--today YYYY-MM-DD]`
//!     prints, as JSON, the overview figures the dashboard must show for that data and query,
//!     computed by the same analytics and formatting code (the end-to-end tests compare).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(message) = native::run(std::env::args().skip(1).collect()) {
        eprintln!("dasbor-data: {message}");
        std::process::exit(2);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use chrono::NaiveDate;
    use dasbor::analytics::overview::{overview, Feeds, OverviewFigures};
    use dasbor::config::Config;
    use dasbor::locale::{Lang, Text};
    use dasbor::model::complaints::ComplaintFeed;
    use dasbor::model::dimensions::DimensionFeed;
    use dasbor::model::queues::{QueueFeed, QueueLiveFeed};
    use dasbor::model::spbe::SpbeFeed;
    use dasbor::model::{self, FeedKind};
    use dasbor::present::overview::{kpi_tiles, radar_data};
    use dasbor::sample::{generate_all, generate_complaints, SampleOptions};
    use dasbor::url_state::ViewQuery;
    use std::path::{Path, PathBuf};

    fn flag(args: &[String], name: &str) -> Option<String> {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    }

    pub fn run(args: Vec<String>) -> Result<(), String> {
        match args.first().map(String::as_str) {
            Some("generate") => generate(&args[1..]),
            Some("figures") => figures(&args[1..]),
            Some("load") => load(&args[1..]),
            Some("partition") => partition(&args[1..]),
            _ => Err(
                "usage: dasbor-data generate|figures|load|partition [options] (see the source header)"
                    .into(),
            ),
        }
    }

    fn load(args: &[String]) -> Result<(), String> {
        use dasbor::producer::{connect, load};
        let started = std::time::Instant::now();
        let mut options = SampleOptions::default();
        if let Some(n) = flag(args, "--complaints") {
            options.complaint_target = Some(n.parse().map_err(|_| "--complaints takes a number")?);
        }
        let files = generate_all(&options);
        let text = |name: &str| {
            files
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.json.as_str())
                .unwrap_or_default()
        };
        let max = u64::MAX;
        let bad = |e: model::FeedError| e.describe(Lang::En);
        let complaints = model::complaints::decode(text("complaints.json"), max).map_err(bad)?;
        let queues = model::queues::decode(text("queues.json"), max).map_err(bad)?;
        let live = model::queues::decode_live(text("queue-live.json"), max).map_err(bad)?;
        let dimensions = model::dimensions::decode(text("dimensions.json"), max).map_err(bad)?;
        let spbe = model::spbe::decode(text("spbe.json"), max).map_err(bad)?;
        drop(files);
        let settings = connect::settings(flag(args, "--database-url").as_deref(), |k| {
            std::env::var(k).ok()
        })
        .map_err(|e| e.to_string())?;
        let mut client = connect::connect(&settings, None).map_err(|e| e.to_string())?;
        let sample = load::Sample {
            complaints: &complaints,
            queues: &queues,
            live: &live,
            dimensions: &dimensions,
            spbe: &spbe,
        };
        load::load(&mut client, &sample, args.iter().any(|a| a == "--replace"))
            .map_err(|e| e.to_string())?;
        println!(
            "loaded {} complaints and {} tickets into {} in {:.1} s",
            complaints.complaints.len(),
            queues.tickets.len(),
            connect::describe(&settings),
            started.elapsed().as_secs_f64()
        );
        Ok(())
    }

    fn generate(args: &[String]) -> Result<(), String> {
        let out = PathBuf::from(flag(args, "--out").unwrap_or_else(|| "static/data".into()));
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        let mut options = SampleOptions::default();
        if let Some(m) = flag(args, "--months") {
            options.complaint_months = m.parse().map_err(|_| "--months takes a number")?;
        }
        let files: Vec<(String, String)> = match flag(args, "--complaints") {
            Some(n) => {
                options.complaint_target =
                    Some(n.parse().map_err(|_| "--complaints takes a number")?);
                let doc = generate_complaints(&options);
                match flag(args, "--page-records") {
                    Some(k) => dasbor::sample::complaints::paginate(
                        &doc,
                        k.parse().map_err(|_| "--page-records takes a number")?,
                    ),
                    None => vec![("complaints.json".into(), doc)],
                }
            }
            None => generate_all(&options)
                .into_iter()
                .map(|f| (f.name.to_string(), f.json))
                .collect(),
        };
        for (name, json) in files {
            let path = out.join(&name);
            std::fs::write(&path, &json).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("{} ({} bytes)", path.display(), json.len());
        }
        Ok(())
    }

    fn partition(args: &[String]) -> Result<(), String> {
        let input = PathBuf::from(flag(args, "--in").ok_or("--in FILE is required")?);
        let kind = match flag(args, "--kind").as_deref() {
            Some("complaints") => FeedKind::Complaints,
            Some("queues") => FeedKind::Queues,
            _ => return Err("--kind complaints|queues is required".into()),
        };
        let config_path = flag(args, "--config").unwrap_or_else(|| "static/config.json".into());
        let config = Config::parse(&read(Path::new("."), &config_path)?)
            .map_err(|e| e.describe(Lang::En))?;
        let out = flag(args, "--out")
            .map(PathBuf::from)
            .unwrap_or_else(|| input.parent().map(Path::to_path_buf).unwrap_or_default());
        let base = input
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or("--in names no file")?
            .to_string();
        let stem = base.strip_suffix(".json").unwrap_or(&base).to_string();
        let text = read(Path::new("."), &input.to_string_lossy())?;
        let (files, unplaced) = dasbor::producer::months::partition(
            &text,
            kind,
            &config.clock,
            &format!("{stem}-months.json"),
            &format!("{stem}-months.json"),
        )?;
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        for (name, json) in &files {
            let path = out.join(name);
            std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        println!(
            "{} months and the manifest {stem}-months.json in {}{}",
            files.len() - 1,
            out.display(),
            if unplaced > 0 {
                format!(" ({unplaced} records without a readable time left out)")
            } else {
                String::new()
            }
        );
        Ok(())
    }

    fn read(dir: &Path, rel: &str) -> Result<String, String> {
        let path = dir.join(rel);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn figures(args: &[String]) -> Result<(), String> {
        let dir = PathBuf::from(flag(args, "--static").unwrap_or_else(|| "static".into()));
        let config =
            Config::parse(&read(&dir, "config.json")?).map_err(|e| e.describe(Lang::En))?;
        let (query, _) = ViewQuery::parse(&flag(args, "--query").unwrap_or_default());
        let lang = match flag(args, "--lang").as_deref() {
            Some("en") => Lang::En,
            _ => query.lang.unwrap_or(config.lang),
        };
        let data = FeedData::read(args, &dir, &config)?;
        let feeds = data.feeds();
        let today = today(args, &config)?;
        let fig = overview(&config, &feeds, &query.selection(), today);
        let tiles: Vec<_> = kpi_tiles(&fig, &config, lang)
            .into_iter()
            .map(|t| serde_json::json!({ "id": t.id, "label": t.label, "value": t.value, "badge": t.badge, "detail": t.detail }))
            .collect();
        let radar = radar_data(&fig.dimensions, &data.dims, lang);
        let sections = dimension_sections(&data.dims, &fig, lang);
        let spbe_view = spbe_view(&data.spbe, &fig, lang);
        let complaints_view = complaints_view(&config, &data.complaints, &query, &fig, lang);
        let report = report(&config, &data, &query, &fig, lang);
        let out = serde_json::json!({
            "report": report,
            "complaints": complaints_view,
            "period": dasbor::locale::format::period(fig.period.from, fig.period.to, lang),
            "from": fig.period.from.to_string(),
            "to": fig.period.to.to_string(),
            "dimensions": radar.axes,
            "scores": radar.value_labels,
            "tiles": tiles,
            "dimension_sections": sections,
            "weakest": dasbor::present::dimensions::weakest_sentence(&data.dims, fig.period.to, lang),
            "spbe": spbe_view,
            "title": lang.t(Text::AppTitle),
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
        Ok(())
    }

    /// Every feed the figures read, decoded as the dashboard decodes them.
    struct FeedData {
        dims: DimensionFeed,
        complaints: ComplaintFeed,
        queues: QueueFeed,
        live: QueueLiveFeed,
        spbe: SpbeFeed,
    }

    impl FeedData {
        /// Reads the configured sources under `dir` (`--dimensions` overrides that one).
        fn read(args: &[String], dir: &Path, config: &Config) -> Result<FeedData, String> {
            let max = config.max_page_bytes;
            let err = |k: FeedKind| {
                move |e: model::FeedError| format!("{}: {}", k.id(), e.describe(Lang::En))
            };
            let dims_source = flag(args, "--dimensions")
                .unwrap_or_else(|| config.source(FeedKind::Dimensions).to_string());
            let dims = model::dimensions::decode(&read(dir, &dims_source)?, max)
                .map_err(err(FeedKind::Dimensions))?;
            let complaints =
                model::complaints::decode(&read(dir, config.source(FeedKind::Complaints))?, max)
                    .map_err(err(FeedKind::Complaints))?;
            let queues = model::queues::decode(&read(dir, config.source(FeedKind::Queues))?, max)
                .map_err(err(FeedKind::Queues))?;
            let live =
                model::queues::decode_live(&read(dir, config.source(FeedKind::QueueLive))?, max)
                    .map_err(err(FeedKind::QueueLive))?;
            let spbe = model::spbe::decode(&read(dir, config.source(FeedKind::Spbe))?, max)
                .map_err(err(FeedKind::Spbe))?;
            Ok(FeedData {
                dims,
                complaints,
                queues,
                live,
                spbe,
            })
        }

        fn feeds(&self) -> Feeds<'_> {
            Feeds {
                dimensions: Some(&self.dims),
                complaints: Some(&self.complaints),
                queues: Some(&self.queues),
                queue_live: Some(&self.live),
                spbe: Some(&self.spbe),
            }
        }
    }

    /// `--today`, or the city's date now.
    fn today(args: &[String], config: &Config) -> Result<NaiveDate, String> {
        Ok(match flag(args, "--today") {
            Some(d) => dasbor::time::parse_date(&d).ok_or("--today takes YYYY-MM-DD")?,
            None => {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_err(|e| e.to_string())?;
                config.clock.local_date(now.as_secs() as i64)
            }
        })
    }

    /// The dimension cards of the overview, section by section.
    fn dimension_sections(
        dims: &DimensionFeed,
        fig: &OverviewFigures,
        lang: Lang,
    ) -> Vec<serde_json::Value> {
        dasbor::present::dimensions::sections(dims, fig.period.to, lang)
            .into_iter()
            .map(|s| {
                let cards: Vec<_> = s
                    .cards
                    .iter()
                    .map(|c| serde_json::json!({ "name": c.name, "value": c.value, "status": c.status_word, "target": c.target }))
                    .collect();
                serde_json::json!({ "id": s.id, "name": s.name, "score": s.score, "change": s.change, "cards": cards })
            })
            .collect()
    }

    /// The SPBE page's figures for the evaluation of the period's year.
    fn spbe_view(spbe: &SpbeFeed, fig: &OverviewFigures, lang: Lang) -> serde_json::Value {
        use dasbor::present::spbe as p;
        let e = p::evaluation_for(spbe, chrono::Datelike::year(&fig.period.to));
        let years: Vec<_> = p::year_rows(spbe, lang)
            .into_iter()
            .map(|r| serde_json::json!({ "year": r.year, "framework": r.framework, "index": r.index, "predicate": r.predicate, "change": r.change }))
            .collect();
        serde_json::json!({
            "summary": e.map(|e| p::summary(spbe, e, lang)).unwrap_or_default(),
            "years": years,
            "domains": e.map(|e| p::domain_bars(e, lang).rows.into_iter().map(|r| r.value_label).collect::<Vec<_>>()).unwrap_or_default(),
            "indicators": e.map(|e| p::indicator_table(e, lang).rows.len()).unwrap_or_default(),
            "comparison": e.and_then(|e| p::framework_comparison(spbe, e, lang)).map(|c| c.table.rows.iter().map(|r| r.cells.clone()).collect::<Vec<_>>()),
        })
    }

    /// The complaints page's totals and its panels' tables.
    fn complaints_view(
        config: &Config,
        complaints: &ComplaintFeed,
        query: &ViewQuery,
        fig: &OverviewFigures,
        lang: Lang,
    ) -> serde_json::Value {
        let index = dasbor::analytics::complaint_groups::ComplaintIndex::build(
            complaints,
            &dasbor::analytics::complaints::sla_rule(config),
        );
        let (_, g) = dasbor::analytics::complaints::groups_for_view(
            config,
            complaints,
            &index,
            &query.selection(),
            fig.period,
        );
        let panels: serde_json::Map<String, serde_json::Value> =
            dasbor::present::complaints::panels(
                complaints,
                &g,
                query,
                config.sla_response_working_days,
                lang,
            )
            .into_iter()
            .map(|p| {
                let rows: Vec<_> = p.table.rows.iter().map(|r| r.cells.clone()).collect();
                (
                    p.id.to_string(),
                    serde_json::json!({ "title": p.title, "rows": rows, "note": p.note }),
                )
            })
            .collect();
        serde_json::json!({ "total": g.total, "comparison_total": g.comparison_total, "panels": panels })
    }

    /// The hearing report's summary, attention list, tables and queue forecast.
    fn report(
        config: &Config,
        data: &FeedData,
        query: &ViewQuery,
        fig: &OverviewFigures,
        lang: Lang,
    ) -> serde_json::Value {
        use dasbor::analytics::hearing;
        use dasbor::present::hearing as p;
        let (feeds, complaints) = (&data.feeds(), &data.complaints);
        let index = dasbor::analytics::complaint_groups::ComplaintIndex::build(
            complaints,
            &dasbor::analytics::complaints::sla_rule(config),
        );
        let selection = query.selection();
        let h = hearing::complaint_hearing(config, complaints, &index, &selection, fig.period);
        let queues =
            hearing::queue_comparison(config, feeds, &selection, fig.period, fig.comparison);
        let queue_pair = queues.as_ref().map(|(a, b)| (a, b.as_ref()));
        let ctx = p::SummaryContext {
            period: fig.period,
            comparison: fig.comparison,
            sla_days: config.sla_response_working_days,
            queue_system: config
                .system_name(FeedKind::Queues)
                .unwrap_or(lang.t(Text::QueueSystem))
                .to_string(),
        };
        let scan = dasbor::analytics::warnings::scan(
            complaints,
            &config.clock,
            &config.calendar,
            complaints.meta.generated_at,
        );
        let attention =
            dasbor::present::warnings::attention(complaints, &scan, &config.clock, lang);
        let sentence = dasbor::present::warnings::summary_sentence(
            &attention,
            complaints,
            query,
            fig.period.to,
            lang,
        );
        let summary = p::report_summary(
            &hearing::findings(complaints, &h, queue_pair),
            &ctx,
            feeds,
            lang,
        );
        serde_json::json!({
            "forecast": queue_forecast(config, feeds, lang),
            "summary": dasbor::present::warnings::with_attention(summary, sentence),
            "attention": attention.items.iter().map(|i| serde_json::json!({
                "place": i.place, "subject": i.subject, "observed": i.observed,
                "since": i.since, "href": format!("/pengaduan{}", i.query.href_suffix()),
            })).collect::<Vec<_>>(),
            "attention_rule": attention.rule_line,
            "headline": cells(&p::headline_table(&h.current, h.exposure.comparison.map(|_| &h.previous), queue_pair, config.sla_response_working_days, lang)),
            "kecamatan": cells(&p::kecamatan_table(&h.kecamatan, lang)),
            "kecamatan_csv": p::kecamatan_table(&h.kecamatan, lang).to_csv(),
            "queues": queues.is_some(),
        })
    }

    fn cells(t: &dasbor::present::panel::ChartTable) -> Vec<Vec<String>> {
        t.rows.iter().map(|r| r.cells.clone()).collect::<Vec<_>>()
    }

    /// The queue forecast as of the live board's time (the tests set the page's clock to it).
    fn queue_forecast(config: &Config, feeds: &Feeds, lang: Lang) -> Option<Vec<Vec<String>>> {
        feeds.queues.map(|history| {
            let now = feeds
                .queue_live
                .map_or(history.meta.generated_at, |l| l.meta.generated_at);
            let forecasts = dasbor::analytics::queue_forecast::forecasts_now(
                history,
                feeds.queue_live,
                now,
                &config.clock,
                &config.calendar,
            );
            cells(&dasbor::present::forecast::summary_table(
                history, &forecasts, None, lang,
            ))
        })
    }
}
