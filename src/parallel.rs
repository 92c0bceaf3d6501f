//! Work shared out over threads, with the results in input order.

/// `f` applied to every item on up to `jobs` threads, each taking a
/// contiguous share of at least `min_share` items (fewer items stay on this
/// thread); the results come back in the order of `items`.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    min_share: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let share = items.len().div_ceil(jobs.max(1)).max(min_share).max(1);
    if items.len() <= share {
        return items.iter().map(f).collect();
    }
    let f = &f;
    std::thread::scope(|s| {
        // A share whose thread cannot be started (a process limit) is done
        // on this thread instead.
        let parts: Vec<Result<_, &[T]>> = (items.chunks(share))
            .map(|part| {
                std::thread::Builder::new()
                    .spawn_scoped(s, move || part.iter().map(f).collect::<Vec<_>>())
                    .map_err(|_| part)
            })
            .collect();
        (parts.into_iter())
            .flat_map(|p| match p {
                Ok(thread) => thread
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                Err(part) => part.iter().map(f).collect(),
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<usize> = (0..1000).collect();
        for jobs in [0, 1, 2, 3, 8, 2000] {
            for min_share in [0, 1, 16, 5000] {
                let out = map(&items, jobs, min_share, |x| x * 2);
                assert_eq!(out, (0..1000).map(|x| x * 2).collect::<Vec<_>>());
            }
        }
        assert!(map(&[] as &[u8], 4, 1, |x| *x).is_empty());
    }

    #[test]
    fn shares_run_on_other_threads() {
        let items: Vec<usize> = (0..64).collect();
        let here = std::thread::current().id();
        let threads = map(&items, 4, 1, |_| std::thread::current().id());
        assert!(threads.iter().all(|t| *t != here));
        let mut distinct = threads.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), 4);
        // Too few items for a second share: all on this thread.
        assert!(
            map(&items, 4, 64, |_| std::thread::current().id())
                .iter()
                .all(|t| *t == here)
        );
    }
}
