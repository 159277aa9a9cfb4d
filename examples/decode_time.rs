use std::time::Instant;
fn main() {
    let q = std::fs::read_to_string("static/data/queues.json").unwrap();
    let c = std::fs::read("static/data/complaints.json").unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        let f = dasbor::model::queues::decode(&q, u64::MAX).unwrap();
        let tq = t.elapsed();
        let t = Instant::now();
        let g = dasbor::model::complaints::decode_page(&c, u64::MAX).unwrap();
        let tc = t.elapsed();
        let t = Instant::now();
        let v: serde_json::Value = serde_json::from_str(&q).unwrap();
        let tv = t.elapsed();
        println!(
            "queues {:?} ({} tickets, {} MB) complaints {:?} ({} MB) queues as Value only {:?}",
            tq,
            f.tickets.len(),
            q.len() / 1_000_000,
            tc,
            c.len() / 1_000_000,
            tv
        );
        std::hint::black_box((g, v));
    }
}
