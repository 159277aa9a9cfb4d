//! Every figure of the complaints view in one pass over the columns (linked views, as in
//! crossfilter): each chart counts the complaints that pass every filter except its own, so the
//! chart a user clicked keeps all its bars and shows the selection, while every other chart
//! re-filters. The period cuts a range out of the sorted columns by binary search first.

use super::complaint_filter::ComplaintFilter;
use super::sla::{SlaRule, SlaTally};
use super::time_quantiles::{self, TimeHistogram};
use crate::model::complaints::{ComplaintFeed, Status, NOT_YET};
use crate::period::Period;
use crate::time::{bucket_start, next_bucket_start, Bucket};
use chrono::{Days, NaiveDate};

/// The bucket a period gets unless the user chose one: days up to two months, weeks up to half
/// a year, months beyond.
pub fn auto_bucket(period: Period) -> Bucket {
    match period.days() {
        0..=62 => Bucket::Day,
        63..=183 => Bucket::Week,
        _ => Bucket::Month,
    }
}

/// The buckets of a period: each bucket's first day, clipped to the period (a week may start
/// before the period does; its first day shown is the period's first).
pub fn buckets(period: Period, bucket: Bucket) -> Vec<NaiveDate> {
    let mut starts = vec![period.from];
    let mut next = next_bucket_start(bucket_start(period.from, bucket), bucket);
    while next <= period.to {
        starts.push(next);
        next = next_bucket_start(next, bucket);
    }
    starts
}

/// For each day of the period, the index of its bucket.
fn bucket_of_day(period: Period, starts: &[NaiveDate]) -> Vec<u16> {
    let mut out = Vec::with_capacity(period.days() as usize);
    let mut b = 0usize;
    let mut day = period.from;
    while day <= period.to {
        while b + 1 < starts.len() && starts[b + 1] <= day {
            b += 1;
        }
        out.push(b as u16);
        day = day + Days::new(1);
    }
    out
}

/// A filter as lookup tables, one flag per table row: a record is tested in O(1).
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub period: Period,
    pub comparison: Period,
    pub bucket: Bucket,
    agency: Vec<bool>,
    category: Vec<bool>,
    area: Vec<bool>,
    channel: Vec<bool>,
    status: [bool; 5],
}

fn mask(selected: &[u16], rows: usize) -> Vec<bool> {
    let mut m = vec![selected.is_empty(); rows];
    for s in selected {
        if let Some(flag) = m.get_mut(*s as usize) {
            *flag = true;
        }
    }
    m
}

impl Selection {
    pub fn new(
        feed: &ComplaintFeed,
        filter: &ComplaintFilter,
        period: Period,
        comparison: Period,
        bucket: Bucket,
    ) -> Selection {
        let mut status = [filter.statuses.is_empty(); 5];
        for s in &filter.statuses {
            status[*s as usize] = true;
        }
        Selection {
            period,
            comparison,
            bucket,
            agency: mask(&filter.agencies, feed.agencies.len()),
            category: mask(&filter.categories, feed.categories.len()),
            area: mask(&filter.areas, feed.areas.len()),
            channel: mask(&filter.channels, feed.channels.len()),
            status,
        }
    }

    /// Whether the filters select table row `row` of the OPD, category, area and channel
    /// tables (every row when that filter is off).
    pub fn selects_agency(&self, row: usize) -> bool {
        self.agency.get(row).copied().unwrap_or(false)
    }

    pub fn selects_category(&self, row: usize) -> bool {
        self.category.get(row).copied().unwrap_or(false)
    }

    pub fn selects_area(&self, row: usize) -> bool {
        self.area.get(row).copied().unwrap_or(false)
    }

    /// The same filters over another period: the comparison figures of a hearing report.
    pub fn with_period(&self, period: Period) -> Selection {
        Selection {
            period,
            comparison: period,
            ..self.clone()
        }
    }

    /// Whether record `i` passes every filter but the period.
    pub fn matches(&self, feed: &ComplaintFeed, i: usize) -> bool {
        let r = &feed.complaints;
        self.agency[r.agency()[i] as usize]
            && self.category[r.category()[i] as usize]
            && self.area[r.area()[i] as usize]
            && self.channel[r.channel()[i] as usize]
            && self.status[r.status()[i] as usize]
    }
}

/// A time distribution (response or resolution) with its median and 90th percentile.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Distribution {
    pub count: u64,
    pub median_seconds: Option<f64>,
    pub p90_seconds: Option<f64>,
    /// Equal bins of `bin_seconds` from 0; the last one also holds everything longer.
    pub bin_seconds: u32,
    pub bins: Vec<u64>,
}

/// Bin widths to choose from: 1, 2, 6 and 12 hours, 1, 2 and 7 days.
const BIN_LADDER: [u32; 7] = [3_600, 7_200, 21_600, 43_200, 86_400, 172_800, 604_800];
const MAX_BINS: u32 = 16;

impl Distribution {
    /// Median, p90 and bins of `values`, counted once into `hist`.
    pub fn of(values: &[u32], hist: &mut TimeHistogram) -> Distribution {
        if values.is_empty() {
            return Distribution::default();
        }
        hist.fill(values);
        let q = hist.quantiles(values, &[0.5, 0.9]);
        let (median, p90) = (q[0], q[1]);
        let span = p90.unwrap_or(0.0) * 1.25;
        let bin_seconds = *BIN_LADDER
            .iter()
            .find(|w| span <= f64::from(**w * MAX_BINS))
            .unwrap_or(&BIN_LADDER[BIN_LADDER.len() - 1]);
        let n = ((span / f64::from(bin_seconds)).ceil() as u32).clamp(1, MAX_BINS);
        let bins = (0..=n)
            .map(|k| {
                let to = (k < n).then(|| (k + 1) * bin_seconds);
                hist.count_between(k * bin_seconds, to)
            })
            .collect();
        Distribution {
            count: values.len() as u64,
            median_seconds: median,
            p90_seconds: p90,
            bin_seconds,
            bins,
        }
    }
}

/// The figures of every chart of the complaints view for one selection.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplaintGroups {
    pub selection: Selection,
    /// Complaints in the period passing every filter.
    pub total: u64,
    pub comparison_total: u64,
    /// First day of each bucket of the period, and the counts; the comparison period's buckets
    /// are aligned by position.
    pub bucket_starts: Vec<NaiveDate>,
    pub volume: Vec<u64>,
    pub comparison_bucket_starts: Vec<NaiveDate>,
    pub comparison_volume: Vec<u64>,
    pub by_agency: Vec<u64>,
    pub by_category: Vec<u64>,
    /// By kelurahan (area row); kecamatan totals are sums of these.
    pub by_area: Vec<u64>,
    pub by_channel: Vec<u64>,
    pub by_status: [u64; 5],
    /// The response SLA of the complaints passing every filter but the OPD one, per OPD.
    pub sla_by_agency: Vec<SlaTally>,
    pub sla: SlaTally,
    /// Median response time per OPD, over the same complaints as `sla_by_agency`.
    pub response_median_by_agency: Vec<Option<f64>>,
    pub response: Distribution,
    pub resolution: Distribution,
    /// Per kelurahan, over the complaints passing every filter but the area one.
    pub areas: AreaFigures,
    /// The newest complaints passing every filter, newest first (at most [`NEWEST_ROWS`]): the
    /// record list's first page in its default order, without a pass of its own.
    pub newest: Vec<u32>,
}

/// How many of the newest matching rows a grouping keeps.
pub const NEWEST_ROWS: usize = 25;

const ON_TIME: usize = 0;
const LATE: usize = 1;
const OVERDUE: usize = 2;
const PENDING: usize = 3;

fn tally(counts: [u64; 4]) -> SlaTally {
    SlaTally {
        on_time: counts[ON_TIME],
        late: counts[LATE],
        overdue: counts[OVERDUE],
        pending: counts[PENDING],
    }
}

/// Facts about each complaint that depend only on the feed and the configuration, computed
/// once per feed load so that a click costs no date arithmetic: the city day of receipt (days
/// after the first complaint's) and the response-SLA outcome as of the feed's `generated_at`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComplaintIndex {
    /// City day number (days since 1970-01-01 in city time) of the first complaint.
    first_day: i64,
    /// Days after `first_day`: receipt times span at most 1970 to 2106, under 65,536 days.
    day: Vec<u16>,
    outcome: Vec<u8>,
}

impl ComplaintIndex {
    pub fn build(feed: &ComplaintFeed, rule: &SlaRule) -> ComplaintIndex {
        let r = &feed.complaints;
        let offset = i64::from(rule.clock.offset().local_minus_utc());
        let city_day = |t: i64| (t + offset).div_euclid(86_400);
        let Some((first, last)) = r.received_range() else {
            return ComplaintIndex::default();
        };
        let first_day = city_day(first);
        let last_day = city_day(last);
        // The deadline depends only on the day of receipt: one calendar walk per day.
        let deadlines: Vec<i64> = (first_day..=last_day)
            .map(|d| rule.deadline_exclusive(d * 86_400 - offset))
            .collect();
        let as_of = feed.meta.generated_at;
        let mut day = Vec::with_capacity(r.len());
        let mut outcome = Vec::with_capacity(r.len());
        for (t, after) in r.received_times().zip(r.responded_after()) {
            let d = (city_day(t) - first_day) as usize;
            let deadline = deadlines[d];
            day.push(d as u16);
            outcome.push(if *after != NOT_YET {
                if t + i64::from(*after) < deadline {
                    ON_TIME as u8
                } else {
                    LATE as u8
                }
            } else if as_of >= deadline {
                OVERDUE as u8
            } else {
                PENDING as u8
            });
        }
        ComplaintIndex {
            first_day,
            day,
            outcome,
        }
    }

    /// Record `i`'s day, counted from `day0` (a city day number on or before it).
    #[inline]
    fn day_from(&self, i: usize, day0: i64) -> usize {
        (i64::from(self.day[i]) + self.first_day - day0) as usize
    }
}

/// Computes every grouping of the view for `sel`.
pub fn group(
    feed: &ComplaintFeed,
    index: &ComplaintIndex,
    sel: &Selection,
    clock: &crate::time::CityClock,
) -> ComplaintGroups {
    let r = &feed.complaints;
    let offset = i64::from(clock.offset().local_minus_utc());
    let (start, end) = sel.period.bounds(clock);
    let first_day = (start + offset).div_euclid(86_400);
    let bucket_starts = buckets(sel.period, sel.bucket);
    let day_bucket = bucket_of_day(sel.period, &bucket_starts);
    let period = PeriodDays {
        first_day,
        day_bucket: &day_bucket,
        buckets: bucket_starts.len(),
    };
    let c = count_period(feed, index, sel, r.received_between(start, end), &period);
    let comparison = comparison_counts(feed, index, sel, clock, offset);
    let comparison_volume = comparison.volume;

    let mut hist = TimeHistogram::default();
    ComplaintGroups {
        selection: sel.clone(),
        total: c.volume.iter().sum(),
        comparison_total: comparison_volume.iter().sum(),
        bucket_starts,
        volume: c.volume,
        comparison_bucket_starts: comparison.bucket_starts,
        comparison_volume,
        by_agency: c.by_agency,
        by_category: c.by_category,
        by_area: c.by_area,
        by_channel: c.by_channel,
        by_status: c.by_status,
        sla_by_agency: c.sla_by_agency.into_iter().map(tally).collect(),
        sla: tally(c.sla),
        response_median_by_agency: c
            .agency_response
            .iter()
            .map(|v| time_quantiles::median(&mut hist, v))
            .collect(),
        response: Distribution::of(&c.response, &mut hist),
        resolution: Distribution::of(&c.resolution, &mut hist),
        areas: AreaFigures {
            comparison_by_area: comparison.by_area,
            sla_by_area: c.sla_by_area.into_iter().map(tally).collect(),
        },
        newest: c.newest.newest_first(),
    }
}

/// The last [`NEWEST_ROWS`] rows pushed, in a ring (the pass runs oldest to newest).
struct NewestRows {
    rows: Vec<u32>,
    /// Where the next row goes once the ring is full: the oldest kept row.
    next: usize,
}

impl NewestRows {
    #[inline]
    fn push(&mut self, row: usize) {
        if self.rows.len() < NEWEST_ROWS {
            self.rows.push(row as u32);
            return;
        }
        // A wrapping counter, not `%`: this runs for every matching record.
        self.rows[self.next] = row as u32;
        self.next += 1;
        if self.next == NEWEST_ROWS {
            self.next = 0;
        }
    }

    fn newest_first(mut self) -> Vec<u32> {
        self.rows.rotate_left(self.next);
        self.rows.reverse();
        self.rows
    }
}

/// How the period's days fall into its buckets.
struct PeriodDays<'a> {
    /// City day number of the period's first day.
    first_day: i64,
    /// The bucket of each day of the period.
    day_bucket: &'a [u16],
    buckets: usize,
}

/// The period's counts as the pass gathers them, before the SLA counts become tallies and the
/// times become distributions.
struct PeriodCounts {
    volume: Vec<u64>,
    by_agency: Vec<u64>,
    by_category: Vec<u64>,
    by_area: Vec<u64>,
    by_channel: Vec<u64>,
    by_status: [u64; 5],
    sla_by_agency: Vec<[u64; 4]>,
    sla_by_area: Vec<[u64; 4]>,
    sla: [u64; 4],
    newest: NewestRows,
    response: Vec<u32>,
    resolution: Vec<u32>,
    agency_response: Vec<Vec<u32>>,
}

impl PeriodCounts {
    /// Zero counts for `buckets` buckets and the feed's tables.
    fn new(feed: &ComplaintFeed, buckets: usize) -> PeriodCounts {
        PeriodCounts {
            volume: vec![0u64; buckets],
            by_agency: vec![0u64; feed.agencies.len()],
            by_category: vec![0u64; feed.categories.len()],
            by_area: vec![0u64; feed.areas.len()],
            by_channel: vec![0u64; feed.channels.len()],
            by_status: [0u64; 5],
            sla_by_agency: vec![[0u64; 4]; feed.agencies.len()],
            sla_by_area: vec![[0u64; 4]; feed.areas.len()],
            sla: [0u64; 4],
            newest: NewestRows {
                rows: Vec::with_capacity(NEWEST_ROWS),
                next: 0,
            },
            response: Vec::new(),
            resolution: Vec::new(),
            agency_response: vec![Vec::new(); feed.agencies.len()],
        }
    }
}

/// The one pass over the period's records (`range`, by receipt), each chart counting the
/// complaints that pass every filter but its own.
fn count_period(
    feed: &ComplaintFeed,
    index: &ComplaintIndex,
    sel: &Selection,
    range: std::ops::Range<usize>,
    period: &PeriodDays,
) -> PeriodCounts {
    let r = &feed.complaints;
    let (first_day, day_bucket) = (period.first_day, period.day_bucket);
    let mut counts = PeriodCounts::new(feed, period.buckets);
    let (lo, hi) = (range.start, range.end);
    let agency = &r.agency()[lo..hi];
    let category = &r.category()[lo..hi];
    let area = &r.area()[lo..hi];
    let channel = &r.channel()[lo..hi];
    let status = &r.status()[lo..hi];
    let outcomes = &index.outcome[lo..hi];
    let responded = &r.responded_after()[lo..hi];
    let resolved = &r.resolved_after()[lo..hi];
    let days = &index.day[lo..hi];
    let n = agency.len();
    // Equal lengths, stated once, let the compiler drop a bounds check per column and record.
    assert!(
        [category.len(), area.len(), channel.len(), status.len()] == [n; 4]
            && [outcomes.len(), responded.len(), resolved.len(), days.len()] == [n; 4]
    );
    // The period's first day in the index's day numbers (below zero when the period starts
    // before the feed).
    let day0 = first_day - index.first_day;
    // Slices, not `Vec`s, inside the loop: at `opt-level = "z"` every `Vec` index is a call.
    let (sel_agency, sel_category, sel_area, sel_channel) = (
        sel.agency.as_slice(),
        sel.category.as_slice(),
        sel.area.as_slice(),
        sel.channel.as_slice(),
    );
    let c = &mut counts;
    let (volume, by_agency, by_category, by_area, by_channel) = (
        c.volume.as_mut_slice(),
        c.by_agency.as_mut_slice(),
        c.by_category.as_mut_slice(),
        c.by_area.as_mut_slice(),
        c.by_channel.as_mut_slice(),
    );
    let (sla_by_agency, sla_by_area) =
        (c.sla_by_agency.as_mut_slice(), c.sla_by_area.as_mut_slice());
    let (mut response, mut resolution) = (vec![0u32; n], vec![0u32; n]);
    let (mut responses, mut resolutions) = (0, 0);
    for i in 0..n {
        let (a, cat, ar, ch, st) = (
            agency[i] as usize,
            category[i] as usize,
            area[i] as usize,
            channel[i] as usize,
            status[i] as usize,
        );
        let (fa, fc, far, fch, fs) = (
            !sel_agency[a],
            !sel_category[cat],
            !sel_area[ar],
            !sel_channel[ch],
            !sel.status[st],
        );
        let fails = fa as u8 + fc as u8 + far as u8 + fch as u8 + fs as u8;
        if fails > 1 {
            continue;
        }
        // Only the complaints counted in the volume or in the SLA chart need their day.
        if fails == 1 && !fa {
            if fc {
                by_category[cat] += 1;
            } else if far {
                by_area[ar] += 1;
                sla_by_area[ar][outcomes[i] as usize] += 1;
            } else if fch {
                by_channel[ch] += 1;
            } else {
                c.by_status[st] += 1;
            }
            continue;
        }
        let outcome = outcomes[i] as usize;
        if fails == 0 {
            volume[day_bucket[(i64::from(days[i]) - day0) as usize] as usize] += 1;
            by_agency[a] += 1;
            by_category[cat] += 1;
            by_area[ar] += 1;
            by_channel[ch] += 1;
            c.by_status[st] += 1;
            sla_by_agency[a][outcome] += 1;
            sla_by_area[ar][outcome] += 1;
            c.sla[outcome] += 1;
            c.newest.push(lo + i);
            if responded[i] != NOT_YET {
                response[responses] = responded[i];
                responses += 1;
                c.agency_response[a].push(responded[i]);
            }
            if resolved[i] != NOT_YET {
                resolution[resolutions] = resolved[i];
                resolutions += 1;
            }
        } else {
            by_agency[a] += 1;
            sla_by_agency[a][outcome] += 1;
            if responded[i] != NOT_YET {
                c.agency_response[a].push(responded[i]);
            }
        }
    }
    response.truncate(responses);
    resolution.truncate(resolutions);
    c.response = response;
    c.resolution = resolution;
    counts
}

/// What the comparison period needs: its buckets and volume, and its count per kelurahan under
/// every filter but the area one.
struct ComparisonCounts {
    bucket_starts: Vec<NaiveDate>,
    volume: Vec<u64>,
    by_area: Vec<u64>,
}

fn comparison_counts(
    feed: &ComplaintFeed,
    index: &ComplaintIndex,
    sel: &Selection,
    clock: &crate::time::CityClock,
    offset: i64,
) -> ComparisonCounts {
    let r = &feed.complaints;
    let bucket_starts = buckets(sel.comparison, sel.bucket);
    let day_bucket = bucket_of_day(sel.comparison, &bucket_starts);
    let mut volume = vec![0u64; bucket_starts.len()];
    let mut by_area = vec![0u64; feed.areas.len()];
    let (cstart, cend) = sel.comparison.bounds(clock);
    let cfirst = (cstart + offset).div_euclid(86_400);
    for i in r.received_between(cstart, cend) {
        if sel.agency[r.agency()[i] as usize]
            && sel.category[r.category()[i] as usize]
            && sel.channel[r.channel()[i] as usize]
            && sel.status[r.status()[i] as usize]
        {
            let area = r.area()[i] as usize;
            by_area[area] += 1;
            if sel.area[area] {
                volume[day_bucket[index.day_from(i, cfirst)] as usize] += 1;
            }
        }
    }
    ComparisonCounts {
        bucket_starts,
        volume,
        by_area,
    }
}

/// Per kelurahan (area row), over the complaints passing every filter but the area one: the
/// count in the comparison period and the response SLA in the period (the per-kecamatan table
/// of the complaints view, the hearing report and the change map).
#[derive(Debug, Clone, PartialEq)]
pub struct AreaFigures {
    pub comparison_by_area: Vec<u64>,
    pub sla_by_area: Vec<SlaTally>,
}

/// OPDs need at least this many complaints past their deadline to be ranked.
pub const RAPORT_MIN_DECIDED: u64 = 10;
/// How many of the worst OPDs get the "raport merah" mark.
pub const RAPORT_SIZE: usize = 3;

/// The OPDs on the city's "raport merah": the three with the lowest share answered on time,
/// among those with at least [`RAPORT_MIN_DECIDED`] decided complaints; ties go to the OPD with
/// more late answers. Worst first.
pub fn raport_merah(sla_by_agency: &[SlaTally]) -> Vec<usize> {
    let mut ranked: Vec<(usize, f64, u64)> = sla_by_agency
        .iter()
        .enumerate()
        .filter(|(_, t)| t.decided() >= RAPORT_MIN_DECIDED)
        .filter_map(|(i, t)| t.on_time_percent().map(|p| (i, p, t.late + t.overdue)))
        .collect();
    crate::sort::sort_by(&mut ranked, |a, b| a.1.total_cmp(&b.1).then(b.2.cmp(&a.2)));
    ranked
        .into_iter()
        .take(RAPORT_SIZE)
        .map(|(i, ..)| i)
        .collect()
}

/// How many complaints reached each stage of the lifecycle: received (all), verified,
/// in progress, resolved; rejected ones stop after receipt and are shown apart.
pub fn funnel(by_status: &[u64; 5]) -> [u64; 5] {
    let n = |s: Status| by_status[s as usize];
    let resolved = n(Status::Resolved);
    let in_progress = n(Status::InProgress) + resolved;
    let verified = n(Status::Verified) + in_progress;
    let received = n(Status::Received) + verified + n(Status::Rejected);
    [
        received,
        verified,
        in_progress,
        resolved,
        n(Status::Rejected),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::stats;
    use crate::model::test_feeds::{ComplaintFeedBuilder, Record};
    use crate::time::{CityClock, WorkCalendar};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn feed() -> ComplaintFeed {
        let records = [
            // 1 Nov 00:30 WITA, sent in UTC.
            Record::new("a", "2026-10-31T16:30:00Z", "dlh", "api-api"),
            Record::new("b", "2026-10-31T23:59:00+08:00", "dpupr", "api-api")
                .status("resolved")
                .responded("2026-11-02T08:00:00+08:00"),
            // Friday; six working days skip the weekend and the 4 Nov holiday: end of 10 Nov.
            Record::new("c", "2026-10-30T10:00:00+08:00", "dpupr", "api-api")
                .status("in_progress")
                .responded("2026-11-10T09:00:00+08:00"),
            Record::new("d", "2026-11-02T08:00:00+08:00", "dlh", "api-api").status("rejected"),
            Record::new("e", "2026-10-29T12:00:00+08:00", "dlh", "api-api"),
        ];
        records
            .into_iter()
            .fold(
                ComplaintFeedBuilder::new("2026-12-10T08:00:00+08:00")
                    .agencies(&[("dlh", "DLH"), ("dpupr", "DPUPR")])
                    .areas(&[("api-api", "Api-Api", "bu", "Bontang Utara")]),
                ComplaintFeedBuilder::record,
            )
            .build()
    }

    fn run(filter: &ComplaintFilter, bucket: Bucket) -> ComplaintGroups {
        let f = feed();
        let calendar = WorkCalendar::new([d(11, 4)]);
        let clock = CityClock::parse_offset("+08:00").unwrap();
        let rule = SlaRule {
            working_days: 6,
            calendar: &calendar,
            clock: &clock,
        };
        let period = Period::new(d(10, 30), d(11, 2)).unwrap();
        let sel = Selection::new(&f, filter, period, period.previous(), bucket);
        group(&f, &ComplaintIndex::build(&f, &rule), &sel, &clock)
    }

    #[test]
    fn days_are_cut_at_city_midnight_and_months_at_the_first() {
        let g = run(&ComplaintFilter::default(), Bucket::Day);
        assert_eq!(g.bucket_starts, [d(10, 30), d(10, 31), d(11, 1), d(11, 2)]);
        assert_eq!(
            g.volume,
            [1, 1, 1, 1],
            "a (00:30 WITA) on 1 Nov, b (23:59) on 31 Oct"
        );
        assert_eq!(g.comparison_volume, [0, 0, 0, 1], "e on 29 Oct");
        assert_eq!((g.total, g.comparison_total), (4, 1));
        let m = run(&ComplaintFilter::default(), Bucket::Month);
        assert_eq!(m.bucket_starts, [d(10, 30), d(11, 1)]);
        assert_eq!(m.volume, [2, 2]);
        let w = run(&ComplaintFilter::default(), Bucket::Week);
        // 30 Oct is a Friday: the first week is clipped, the next starts Monday 2 Nov.
        assert_eq!(w.bucket_starts, [d(10, 30), d(11, 2)]);
        assert_eq!(w.volume, [3, 1]);
    }

    #[test]
    fn sla_counts_working_days_past_weekends_and_holidays() {
        let g = run(&ComplaintFilter::default(), Bucket::Day);
        // b on time, c on time thanks to the holiday, a and d overdue.
        assert_eq!(
            g.sla,
            SlaTally {
                on_time: 2,
                late: 0,
                overdue: 2,
                pending: 0
            }
        );
        assert_eq!(g.sla_by_agency[0].overdue, 2);
        assert_eq!(g.sla_by_agency[1].on_time, 2);
        // The same figures as the rule applied record by record.
        let f = feed();
        let calendar = WorkCalendar::new([d(11, 4)]);
        let clock = CityClock::parse_offset("+08:00").unwrap();
        let rule = SlaRule {
            working_days: 6,
            calendar: &calendar,
            clock: &clock,
        };
        let mut by_rule = SlaTally::default();
        for i in 0..4 {
            let c = f.complaints.get(i + 1);
            by_rule.add(rule.classify(c.received_at, c.responded_at, f.meta.generated_at));
        }
        assert_eq!(by_rule, g.sla);
    }

    #[test]
    fn a_chart_ignores_its_own_filter_and_every_other_chart_follows_it() {
        let f = feed();
        let filter = ComplaintFilter {
            agencies: vec![0],
            ..Default::default()
        };
        let g = run(&filter, Bucket::Day);
        assert_eq!(g.total, 2);
        assert_eq!(g.by_agency, [2, 2], "the OPD chart keeps both bars");
        assert_eq!(g.by_status, [1, 0, 0, 0, 1], "a received, d rejected");
        assert_eq!(g.comparison_total, 1);
        assert_eq!(funnel(&g.by_status), [2, 0, 0, 0, 1]);
        assert_eq!(f.agencies[0].id, "dlh");
    }

    #[test]
    fn an_empty_selection_has_zero_counts_and_no_statistics() {
        let filter = ComplaintFilter {
            statuses: vec![Status::Verified],
            ..Default::default()
        };
        let g = run(&filter, Bucket::Day);
        assert_eq!(g.total, 0);
        assert_eq!(g.volume, [0, 0, 0, 0]);
        assert_eq!(g.response, Distribution::default());
        assert_eq!(g.sla.on_time_percent(), None);
        assert_eq!(
            g.by_status.iter().sum::<u64>(),
            4,
            "the status chart still shows all"
        );
    }

    #[test]
    fn distributions_bin_everything_and_mark_median_and_p90() {
        let mut seed = 11u64;
        let values: Vec<u32> = (0..1001)
            .map(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                ((seed >> 33) % 900_000) as u32
            })
            .collect();
        let mut hist = TimeHistogram::default();
        let dist = Distribution::of(&values, &mut hist);
        let mut f: Vec<f64> = values.iter().map(|v| f64::from(*v)).collect();
        assert_eq!(dist.median_seconds, stats::quantile(&mut f, 0.5));
        assert_eq!(dist.p90_seconds, stats::quantile(&mut f, 0.9));
        assert_eq!(dist.bins.iter().sum::<u64>(), 1001);
        assert!(dist.bins.len() <= MAX_BINS as usize + 1);
        assert!(
            f64::from(dist.bin_seconds) * (dist.bins.len() - 1) as f64 >= dist.p90_seconds.unwrap()
        );
        // Bin k counts values in [k·w, (k+1)·w); the last bin everything beyond.
        let w = dist.bin_seconds;
        assert_eq!(
            dist.bins[0],
            values.iter().filter(|v| **v < w).count() as u64
        );
        let n = dist.bins.len() as u32 - 1;
        assert_eq!(
            dist.bins[n as usize],
            values.iter().filter(|v| **v >= n * w).count() as u64
        );
        assert!(BIN_LADDER
            .iter()
            .all(|w| w % time_quantiles::CELL_SECONDS == 0));
    }

    #[test]
    fn bucket_choice_follows_the_period_length() {
        let p = |days: u64| Period::ending_on(d(11, 27), days);
        assert_eq!(auto_bucket(p(30)), Bucket::Day);
        assert_eq!(auto_bucket(p(62)), Bucket::Day);
        assert_eq!(auto_bucket(p(90)), Bucket::Week);
        assert_eq!(auto_bucket(p(365)), Bucket::Month);
    }

    /// The per-area figures and the newest rows, gathered inside the one pass, against a count
    /// of their own over the generated sample (12,000 complaints), under several filters.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn area_figures_and_newest_rows_agree_with_counting_them_apart() {
        let options = crate::sample::SampleOptions::default();
        let text = crate::sample::generate_complaints(&options);
        let f = crate::model::complaints::decode(&text, u64::MAX).unwrap();
        let clock = CityClock::new(*options.generated_at.offset());
        let calendar = WorkCalendar::new(crate::sample::holidays());
        let rule = SlaRule {
            working_days: 3,
            calendar: &calendar,
            clock: &clock,
        };
        let index = ComplaintIndex::build(&f, &rule);
        let period = Period::new(d(9, 1), d(10, 31)).unwrap();
        let filters = [
            ComplaintFilter::default(),
            ComplaintFilter {
                areas: vec![0, 3],
                ..ComplaintFilter::default()
            },
            ComplaintFilter {
                agencies: vec![1],
                statuses: vec![Status::Resolved, Status::Received],
                ..ComplaintFilter::default()
            },
            // Few enough matches that the newest rows do not fill a page.
            ComplaintFilter {
                categories: vec![2],
                channels: vec![1],
                areas: vec![5],
                ..ComplaintFilter::default()
            },
        ];
        for filter in &filters {
            let sel = Selection::new(&f, filter, period, period.previous(), Bucket::Week);
            let g = group(&f, &index, &sel, &clock);
            let r = &f.complaints;
            let but_area = |i: usize| {
                sel.agency[r.agency()[i] as usize]
                    && sel.category[r.category()[i] as usize]
                    && sel.channel[r.channel()[i] as usize]
                    && sel.status[r.status()[i] as usize]
            };
            let (cs, ce) = sel.comparison.bounds(&clock);
            let mut comparison = vec![0u64; f.areas.len()];
            for i in r.received_between(cs, ce).filter(|i| but_area(*i)) {
                comparison[r.area()[i] as usize] += 1;
            }
            let (s, e) = sel.period.bounds(&clock);
            let mut outcomes = vec![[0u64; 4]; f.areas.len()];
            for i in r.received_between(s, e).filter(|i| but_area(*i)) {
                outcomes[r.area()[i] as usize][index.outcome[i] as usize] += 1;
            }
            let sla: Vec<SlaTally> = outcomes.into_iter().map(tally).collect();
            assert_eq!(g.areas.comparison_by_area, comparison, "{filter:?}");
            assert_eq!(g.areas.sla_by_area, sla, "{filter:?}");
            let newest: Vec<u32> = r
                .received_between(s, e)
                .rev()
                .filter(|i| sel.matches(&f, *i))
                .take(NEWEST_ROWS)
                .map(|i| i as u32)
                .collect();
            assert_eq!(g.newest, newest, "{filter:?}");
            assert!(comparison.iter().sum::<u64>() > 0, "{filter:?}");
        }
        let few = Selection::new(&f, &filters[3], period, period.previous(), Bucket::Week);
        let n = group(&f, &index, &few, &clock).newest.len();
        assert!(n > 0 && n < NEWEST_ROWS, "{n} rows");
    }
}
