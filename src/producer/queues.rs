//! The queue feeds: `smartcity.queues/1` (services and ticket history, one document) from the
//! views `agencies`, `services` and `tickets`; `smartcity.queue-live/1` from `queue_live`.

use super::complaints::{moment, reference, refers, unique, Ids};
use super::document::{single, Draft, Tables};
use super::error::{LeftOut, ProducerError, RowProblem};
use super::json::Object;
use super::partitioned::{write_months, Partitioned, Records};
use super::source::{self, Row, Snapshot};
use super::Context;
use crate::model::queues::TicketStatus;

/// The services that made it into the feed: their rows, ids and the agencies they use.
struct Services {
    rows: Vec<String>,
    ids: Ids,
    agencies: Vec<String>,
}

fn services(
    snap: &mut Snapshot,
    agency_ids: &Ids,
    left_out: &mut LeftOut,
) -> Result<Services, ProducerError> {
    let agencies_view = snap.qualified(&source::AGENCIES);
    let mut ids = Ids::new();
    let mut used = Vec::new();
    let rows = snap.collect(
        &source::SERVICES,
        |r| {
            let id = unique(r, &mut ids)?;
            let agency = refers(r, "agency", agency_ids, &agencies_view)?;
            let counters = r.count("counters")?;
            if counters == 0 {
                return Err(r.problem("counters", "is 0; a service has at least one counter"));
            }
            let row = Object::default()
                .text("id", id)
                .text("name", r.text("name")?)
                .text("agency", agency)
                .text("location", r.text("location")?)
                .count("counters", Some(counters))
                .count("daily_quota", r.opt_count("daily_quota")?)
                .end();
            if !used.iter().any(|a: &String| a == agency) {
                used.push(agency.to_string());
            }
            Ok(row)
        },
        |p| left_out.add(p),
    )?;
    Ok(Services {
        rows,
        ids,
        agencies: used,
    })
}

fn ticket(
    r: &Row<'_>,
    services: &Ids,
    services_view: &str,
    ctx: &Context,
) -> Result<String, RowProblem> {
    let service = refers(r, "service", services, services_view)?;
    let issued = moment(
        r,
        "issued_at",
        Some(r.time("issued_at")?),
        ctx.generated_at,
        None,
    )?;
    let called = moment(
        r,
        "called_at",
        r.opt_time("called_at")?,
        ctx.generated_at,
        issued.map(|t| (t, "issued_at")),
    )?;
    let finished = r.opt_time("finished_at")?;
    if finished.is_some() && called.is_none() {
        return Err(r.problem("finished_at", "is set but called_at is not"));
    }
    let finished = moment(
        r,
        "finished_at",
        finished,
        ctx.generated_at,
        called.map(|t| (t, "called_at")),
    )?;
    let status = r.text("status")?;
    if !TicketStatus::IDS.contains(&status) {
        return Err(r.problem(
            "status",
            format!("'{status}' is not one of {}", TicketStatus::IDS.join(", ")),
        ));
    }
    let m = &ctx.moments;
    Ok(Object::default()
        .text("service", service)
        .moment(m, "issued_at", issued)
        .moment(m, "called_at", called)
        .moment(m, "finished_at", finished)
        .text("status", status)
        .end())
}

/// The queues feed's tables (the agencies its services name, in the view's order, and the
/// services), and the service ids to check tickets against.
fn tables(snap: &mut Snapshot, left_out: &mut LeftOut) -> Result<(Tables, Ids), ProducerError> {
    let (agency_rows, agency_ids) = reference(snap, &source::AGENCIES, left_out)?;
    let services = services(snap, &agency_ids, left_out)?;
    let agencies = agency_rows
        .iter()
        .filter(|(id, _)| services.agencies.contains(id))
        .map(|(_, row)| row);
    let mut tables = Tables::default();
    tables.table("agencies", agencies);
    tables.table("services", &services.rows);
    Ok((tables, services.ids))
}

/// Writes the queues feed (services and tickets) as a temporary file.
pub fn build(
    snap: &mut Snapshot,
    ctx: &Context,
    file: &str,
    left_out: &mut LeftOut,
) -> Result<(Draft, u64), ProducerError> {
    let (mut tables, service_ids) = tables(snap, left_out)?;
    tables.begin("tickets");
    let services_view = snap.qualified(&source::SERVICES);
    let mut rows = 0u64;
    snap.for_each(&source::TICKETS, |r| {
        match ticket(&r, &service_ids, &services_view, ctx) {
            Ok(text) => {
                rows += 1;
                tables.row(&text);
                if tables.len() as u64 > ctx.max_page_bytes {
                    return Err(ProducerError::TooLarge {
                        feed: file.to_string(),
                        bytes: tables.len() as u64,
                        max: ctx.max_page_bytes,
                    });
                }
            }
            Err(p) => left_out.add(p),
        }
        Ok(())
    })?;
    tables.end();
    Ok((
        single(
            ctx.folder,
            file,
            &ctx.envelope("smartcity.queues/1"),
            tables,
            ctx.max_page_bytes,
        )?,
        rows,
    ))
}

/// Writes the queues feed as month partitions (temporary files), named after `file`.
pub fn build_months(
    snap: &mut Snapshot,
    ctx: &Context,
    file: &str,
    left_out: &mut LeftOut,
) -> Result<Partitioned, ProducerError> {
    let (tables, service_ids) = tables(snap, left_out)?;
    let services_view = snap.qualified(&source::SERVICES);
    let records = Records {
        view: &source::TICKETS,
        time: "issued_at",
        schema: "smartcity.queues/1",
        table: "tickets",
    };
    write_months(
        snap,
        ctx,
        &records,
        file,
        tables,
        |r| ticket(r, &service_ids, &services_view, ctx),
        left_out,
    )
}

/// Writes the live queue feed as a temporary file.
pub fn build_live(
    snap: &mut Snapshot,
    ctx: &Context,
    file: &str,
    left_out: &mut LeftOut,
) -> Result<(Draft, u64), ProducerError> {
    let mut service_ids = Ids::new();
    snap.for_each(&source::SERVICES, |r| {
        if let Ok(id) = r.text("id") {
            service_ids.insert(id.to_string());
        }
        Ok(())
    })?;
    let services_view = snap.qualified(&source::SERVICES);
    let mut seen = Ids::new();
    let rows = snap.collect(
        &source::QUEUE_LIVE,
        |r| {
            let service = refers(r, "service", &service_ids, &services_view)?;
            if !seen.insert(service.to_string()) {
                return Err(r.problem("service", format!("'{service}' appears more than once")));
            }
            let updated = moment(
                r,
                "updated_at",
                Some(r.time("updated_at")?),
                ctx.generated_at,
                None,
            )?;
            Ok(Object::default()
                .text("service", service)
                .count("waiting", Some(r.count("waiting")?))
                .opt_text("serving", r.opt_text("serving")?)
                .count("counters_open", Some(r.count("counters_open")?))
                .count("issued_today", r.opt_count("issued_today")?)
                .moment(&ctx.moments, "updated_at", updated)
                .end())
        },
        |p| left_out.add(p),
    )?;
    let mut tables = Tables::default();
    tables.table("live", &rows);
    let n = rows.len() as u64;
    Ok((
        single(
            ctx.folder,
            file,
            &ctx.envelope("smartcity.queue-live/1"),
            tables,
            ctx.max_page_bytes,
        )?,
        n,
    ))
}
