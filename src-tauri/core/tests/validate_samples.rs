use cruce_core::sample;
use cruce_core::validate::validate;

#[test]
fn print() {
    for d in [sample::northbound_auto_parts(), sample::southbound_resin()] {
        for f in validate(&d) {
            println!("{:?} {} {} — {}", f.severity, f.code, f.path, f.message_en);
        }
        println!("---");
    }
}
