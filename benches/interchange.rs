//! Spreadsheets and the calendar at scale: a 10,000-item ledger exported as
//! xlsx, CSV and a calendar feed (ics), and its exported workbook read and
//! merged back (import, without the save).

use criterion::{Criterion, criterion_group, criterion_main};
use followup::i18n::Lang;
use followup::interchange::{Export, ImportOptions, export_csv, export_xlsx, plan, read_book};
use followup::ledger::Reading;
use followup::synthetic;
use std::time::Duration;

fn interchange(c: &mut Criterion) {
    let mut g = c.benchmark_group("interchange");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    let today = synthetic::demo_today();
    let l = synthetic::ledger(10_000, today);
    let e = Export {
        exported: today,
        lang: Lang::En,
        reading: Reading::Translated,
        translate: None,
    };
    g.bench_function("export xlsx 10k", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            export_xlsx(&l, &e, &mut out).unwrap();
            out
        })
    });
    g.bench_function("export csv 10k", |b| {
        b.iter(|| export_csv(&l, Lang::En, Reading::Translated))
    });
    g.bench_function("export ics 10k (calendar written)", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            let asked = (Lang::En, Reading::Translated);
            followup::outreach::ics::write_calendar(&mut out, &l, None, asked, today).unwrap();
            out
        })
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.xlsx");
    let file = std::fs::File::create(&path).unwrap();
    export_xlsx(&l, &e, file).unwrap();
    let options = ImportOptions {
        lang: Lang::En,
        today,
        author: "bench".into(),
        skip_bad: false,
        map: Vec::new(),
    };
    g.bench_function("import xlsx 10k (read + merge)", |b| {
        b.iter(|| {
            let book = read_book(&path).unwrap();
            plan(book, &l, &options).unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, interchange);
criterion_main!(benches);
