//! Ordering without a sort routine per call site.
//!
//! Every `sort_by_key` on a different element type or key closure compiles
//! its own copy of the standard library's sort into the wasm (1–2 KB each).
//! [`order_by_key`] sorts `(key, position)` pairs of one type instead, so the
//! whole app links one sort routine; ties keep their original order, as a
//! stable sort would.

/// The positions of `items` in ascending order of `key`, ties in their
/// original order.
pub fn order_by_key<T>(items: &[T], key: impl Fn(&T) -> u64) -> Vec<usize> {
    let mut keyed: Vec<(u64, usize)> = items.iter().enumerate().map(|(i, item)| (key(item), i)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// `items` in ascending order of `key`, ties in their original order.
pub fn sorted_by_key<T>(items: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    let order = order_by_key(&items, key);
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_key_and_keeps_ties_in_place() {
        let items = [("b", 2), ("a", 1), ("c", 2), ("d", 0)];
        assert_eq!(order_by_key(&items, |(_, k)| *k), [3, 1, 0, 2]);
        let sorted = sorted_by_key(items.to_vec(), |(_, k)| *k);
        let mut stable = items.to_vec();
        stable.sort_by_key(|(_, k)| *k);
        assert_eq!(sorted, stable);
        assert!(sorted_by_key(Vec::<u8>::new(), |k| u64::from(*k)).is_empty());
    }
}
