//! Validation speed: a 1,000-line declaration must validate in under 2 ms on a 2-core machine.
//! Run: `cargo bench -p cruce-core --bench validate`.

use cruce_core::reference::Reference;
use cruce_core::views::LineWindow;
use cruce_core::{sample, validate, views};

fn main() {
    divan::main();
}

#[divan::bench(args = [10, 100, 1000])]
fn validate_declaration(bencher: divan::Bencher, lines: usize) {
    let d = sample::northbound_with_lines(lines);
    let r = Reference::builtin();
    bencher.bench(|| validate::validate(divan::black_box(&d), &r));
}

#[divan::bench(args = [1000])]
fn derive_both_views(bencher: divan::Bencher, lines: usize) {
    let d = sample::northbound_with_lines(lines);
    let r = Reference::builtin();
    bencher.bench(|| {
        (views::us_view(divan::black_box(&d), &r, LineWindow::ALL), views::mexican_view(divan::black_box(&d), &r, LineWindow::ALL))
    });
}

#[divan::bench(args = [1000])]
fn parse_document(bencher: divan::Bencher, lines: usize) {
    let json = sample::northbound_with_lines(lines).to_json();
    bencher.bench(|| cruce_core::declaration::Declaration::from_json(divan::black_box(&json)).map(|d| d.lines.len()));
}
