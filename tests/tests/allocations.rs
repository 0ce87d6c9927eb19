//! Building a `Formatted` allocates twice, once for its text and the
//! arguments' values and once for the list of its arguments (kept to be
//! sent as data), and displaying one allocates nothing, counted by a
//! global allocator. One test in
//! this file, so that no other test allocates while it counts.

use error_codes_core::error_codes;
use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: the caller's contract is the system allocator's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A table of our own with every form of placeholder.
#[error_codes(csv = "tests/fixtures/templates.csv")]
pub enum Templates {}

fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    f();
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

#[test]
fn building_allocates_once_and_displaying_never() {
    let mut filled = None;
    let long = "x".repeat(1000);
    let built = allocations(|| {
        filled = Some(templates!(
            "T.4",
            &long,
            12345,
            what = "a longer argument than most"
        ));
    });
    assert_eq!(built, 2);
    let filled = filled.unwrap();
    let fill = allocations(|| {
        let _ = std::hint::black_box(templates!("T.10").fill(&[&"km", &"hour"]).unwrap());
    });
    assert_eq!(fill, 2);
    let mut sink = String::with_capacity(4096);
    let shown = allocations(|| {
        let _ = write!(sink, "{filled}");
        let _ = write!(sink, "{}", filled.text());
    });
    assert_eq!(shown, 0);
    assert!(sink.starts_with("T.4: Move a longer argument than most from xxx"));
    assert_eq!(filled.argument("what"), Some("a longer argument than most"));
    assert_eq!(filled.argument("1"), Some("12345"));
    // The text alone, without the arguments' values.
    let text = filled.into_text();
    assert_eq!(text.capacity(), text.len());
    assert!(text.ends_with(", then a longer argument than most again."));
}
