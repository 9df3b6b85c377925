//! Running independent work on a few threads, keeping the order of results.
//! Used by every stage that works per edition or per document.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The number of cores: the default number of jobs.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Maps `f` over `items` with up to `jobs` threads; results keep the order
/// of `items`. Threads take the next item when they are done with one, so a
/// long item does not hold up the others.
pub fn map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1).min(items.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                results.lock().expect("results lock")[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .expect("results")
        .into_iter()
        .map(|r| r.expect("every item mapped"))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_order() {
        let items: Vec<u64> = (0..100).collect();
        let out = super::map(&items, 4, |&n| n * 2);
        assert_eq!(out, (0..100).map(|n| n * 2).collect::<Vec<_>>());
        assert!(super::map(&Vec::<u8>::new(), 4, |_| 1).is_empty());
    }
}
