//! Peak live heap while a chain of complaint pages is read as the browser reads it (each page
//! pushed in network-sized chunks (the first makes room for the chain), pages appended, then
//! `finish`): the floor under the wasm memory that `make bench` reports, since wasm memory never
//! shrinks.
//! `cargo run --release --example ingest_memory -- target/bench-data/complaints-1000000`
use dasbor::model::complaint_chunks::PageChunks;
use dasbor::model::complaints::Room;
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mib(b: usize) -> f64 {
    b as f64 / (1 << 20) as f64
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench-data/complaints-1000000".into());
    let path = |i: u32| {
        if i == 1 {
            format!("{dir}/complaints.json")
        } else {
            format!("{dir}/complaints-p{i}.json")
        }
    };
    let started = std::time::Instant::now();
    let mut feed: Option<dasbor::model::complaints::ComplaintFeed> = None;
    let mut room = Room::default();
    let mut i = 1;
    while let Ok(mut file) = std::fs::File::open(path(i)) {
        // 64 KiB at a time, as the browser's network chunks arrive.
        let mut page = PageChunks::new(u64::MAX, room);
        let mut chunk = vec![0; 64 << 10];
        loop {
            let n = file.read(&mut chunk).expect("page reads");
            if n == 0 {
                break;
            }
            page.push(&chunk[..n], &mut |_| {}).expect("page decodes");
        }
        let page = page.finish(&mut |_| {}).expect("page decodes");
        room = page.complaints.room_for_a_page_like_this();
        match feed.as_mut() {
            None => feed = Some(page),
            Some(f) => f.append(page),
        }
        println!(
            "page {i}: live {:.1} MiB, peak {:.1} MiB",
            mib(LIVE.load(Relaxed)),
            mib(PEAK.load(Relaxed))
        );
        i += 1;
    }
    let mut feed = feed.expect("at least one page");
    let before = PEAK.load(Relaxed);
    let finishing = std::time::Instant::now();
    feed.finish();
    println!(
        "finish: {} records, live {:.1} MiB, peak {:.1} MiB (before finish {:.1}), {:.2} s ({} ms finishing)",
        feed.complaints.len(),
        mib(LIVE.load(Relaxed)),
        mib(PEAK.load(Relaxed)),
        mib(before),
        started.elapsed().as_secs_f64(),
        finishing.elapsed().as_millis()
    );
}
