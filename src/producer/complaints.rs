//! The complaints feed (`smartcity.complaints/1`) from the source views `agencies`,
//! `categories`, `channels`, `areas` and `complaints`, written as a page chain while the
//! complaints stream in.

use super::document::{Chain, Draft, Tables};
use super::error::{LeftOut, ProducerError, RowProblem};
use super::json::Object;
use super::partitioned::{write_months, Partitioned, Records};
use super::source::{self, Row, Snapshot, View};
use super::Context;
use crate::model::complaints::Status;
use std::collections::HashSet;

/// Ids of a reference table that made it into the feed.
pub type Ids = HashSet<String>;

/// Reads a reference view (`id`, `name`) into rows of the feed, each with its id; duplicates
/// are left out.
pub fn reference(
    snap: &mut Snapshot,
    view: &View,
    left_out: &mut LeftOut,
) -> Result<(Vec<(String, String)>, Ids), ProducerError> {
    let mut ids = Ids::new();
    let rows = snap.collect(
        view,
        |r| {
            let id = unique(r, &mut ids)?;
            let row = Object::default()
                .text("id", id)
                .text("name", r.text("name")?)
                .end();
            Ok((id.to_string(), row))
        },
        |p| left_out.add(p),
    )?;
    Ok((rows, ids))
}

/// The row's `id`, refused when an earlier row had it.
pub fn unique<'r>(r: &'r Row<'_>, seen: &mut Ids) -> Result<&'r str, RowProblem> {
    let id = r.text("id")?;
    if !seen.insert(id.to_string()) {
        return Err(r.problem("id", format!("'{id}' appears more than once")));
    }
    Ok(id)
}

/// The row's reference in `column`, refused when the referenced view has no such id.
pub fn refers<'r>(
    r: &'r Row<'_>,
    column: &str,
    ids: &Ids,
    to: &str,
) -> Result<&'r str, RowProblem> {
    let id = r.text(column)?;
    if !ids.contains(id) {
        return Err(r.problem(column, format!("'{id}' is not in {to}")));
    }
    Ok(id)
}

/// A moment that must not be later than the feed's `generated_at` (five minutes of clock skew
/// allowed, as the dashboard allows) nor before `earliest`.
pub fn moment(
    r: &Row<'_>,
    column: &str,
    t: Option<i64>,
    generated_at: i64,
    earliest: Option<(i64, &str)>,
) -> Result<Option<i64>, RowProblem> {
    let Some(t) = t else { return Ok(None) };
    if t > generated_at + 300 {
        return Err(r.problem(column, "is later than the feed's generated_at"));
    }
    if let Some((e, name)) = earliest {
        if t < e {
            return Err(r.problem(column, format!("is before {name}")));
        }
    }
    Ok(Some(t))
}

fn areas(snap: &mut Snapshot, left_out: &mut LeftOut) -> Result<(Vec<String>, Ids), ProducerError> {
    let mut ids = Ids::new();
    let rows = snap.collect(
        &source::AREAS,
        |r| {
            let mut row = Object::default().text("id", unique(r, &mut ids)?);
            for column in ["kelurahan", "kecamatan_id", "kecamatan"] {
                row = row.text(column, r.text(column)?);
            }
            Ok(row.end())
        },
        |p| left_out.add(p),
    )?;
    Ok((rows, ids))
}

struct References {
    agencies: Ids,
    categories: Ids,
    channels: Ids,
    areas: Ids,
    names: [String; 4],
}

fn record(
    r: &Row<'_>,
    refs: &References,
    ctx: &Context,
    previous_id: &mut String,
) -> Result<String, RowProblem> {
    let id = r.text("id")?;
    // Rows come ordered by id, so a repeated id is the one just before.
    if id == previous_id {
        return Err(r.problem("id", format!("'{id}' appears more than once")));
    }
    previous_id.clear();
    previous_id.push_str(id);
    let received = moment(
        r,
        "received_at",
        Some(r.time("received_at")?),
        ctx.generated_at,
        None,
    )?
    .unwrap_or_default();
    let agency = refers(r, "agency", &refs.agencies, &refs.names[0])?;
    let category = refers(r, "category", &refs.categories, &refs.names[1])?;
    let area = refers(r, "area", &refs.areas, &refs.names[2])?;
    let channel = refers(r, "channel", &refs.channels, &refs.names[3])?;
    let status = r.text("status")?;
    if Status::from_id(status).is_none() {
        return Err(r.problem(
            "status",
            format!("'{status}' is not one of {}", Status::IDS.join(", ")),
        ));
    }
    let after_receipt = Some((received, "received_at"));
    let responded = moment(
        r,
        "responded_at",
        r.opt_time("responded_at")?,
        ctx.generated_at,
        after_receipt,
    )?;
    let resolved = moment(
        r,
        "resolved_at",
        r.opt_time("resolved_at")?,
        ctx.generated_at,
        after_receipt,
    )?;
    let m = &ctx.moments;
    Ok(Object::default()
        .text("id", id)
        .moment(m, "received_at", Some(received))
        .text("agency", agency)
        .text("category", category)
        .text("area", area)
        .text("channel", channel)
        .text("status", status)
        .moment(m, "responded_at", responded)
        .moment(m, "resolved_at", resolved)
        .end())
}

/// The reference tables as the feed writes them, and their ids to check records against.
fn tables(
    snap: &mut Snapshot,
    left_out: &mut LeftOut,
) -> Result<(Tables, References), ProducerError> {
    let (agencies, agency_ids) = reference(snap, &source::AGENCIES, left_out)?;
    let (categories, category_ids) = reference(snap, &source::CATEGORIES, left_out)?;
    let (channels, channel_ids) = reference(snap, &source::CHANNELS, left_out)?;
    let (area_rows, area_ids) = areas(snap, left_out)?;
    let mut tables = Tables::default();
    for (name, rows) in [
        ("agencies", &agencies),
        ("categories", &categories),
        ("channels", &channels),
    ] {
        tables.table(name, rows.iter().map(|(_, row)| row));
    }
    tables.table("areas", &area_rows);
    let refs = References {
        agencies: agency_ids,
        categories: category_ids,
        channels: channel_ids,
        areas: area_ids,
        names: [
            snap.qualified(&source::AGENCIES),
            snap.qualified(&source::CATEGORIES),
            snap.qualified(&source::AREAS),
            snap.qualified(&source::CHANNELS),
        ],
    };
    Ok((tables, refs))
}

/// Writes the complaints feed's pages as temporary files.
pub fn build(
    snap: &mut Snapshot,
    ctx: &Context,
    file: &str,
    left_out: &mut LeftOut,
) -> Result<(Draft, u64), ProducerError> {
    let (tables, refs) = tables(snap, left_out)?;
    let mut chain = Chain::new(
        ctx.folder,
        ctx.envelope("smartcity.complaints/1"),
        file,
        ctx.folder.fresh_token("complaints", ctx.generated_at),
        tables,
        "complaints",
        ctx.page_records,
        ctx.max_page_bytes,
    );
    let mut previous_id = String::new();
    let mut rows = 0u64;
    let streamed = snap.for_each(&source::COMPLAINTS, |r| {
        match record(&r, &refs, ctx, &mut previous_id) {
            Ok(text) => {
                rows += 1;
                chain.push(&text)?;
            }
            Err(p) => left_out.add(p),
        }
        Ok(())
    });
    if let Err(e) = streamed {
        ctx.folder.discard(&chain.written());
        return Err(e);
    }
    Ok((chain.finish()?, rows))
}

/// Writes the complaints feed as month partitions (temporary files), named after `file`.
pub fn build_months(
    snap: &mut Snapshot,
    ctx: &Context,
    file: &str,
    left_out: &mut LeftOut,
) -> Result<Partitioned, ProducerError> {
    let (tables, refs) = tables(snap, left_out)?;
    let records = Records {
        view: &source::COMPLAINTS,
        time: "received_at",
        schema: "smartcity.complaints/1",
        table: "complaints",
    };
    let mut previous_id = String::new();
    write_months(
        snap,
        ctx,
        &records,
        file,
        tables,
        |r| record(r, &refs, ctx, &mut previous_id),
        left_out,
    )
}
