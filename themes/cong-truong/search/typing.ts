/**
 * Wait after a key before searching: long enough to skip the keys of a fast typist,
 * short enough that results follow the last key within 100 ms (a warm search takes
 * 15–50 ms on a 1000-page site; scripts/bench/search.ts). Apart from client.ts, which
 * runs in the browser, so the bench can read it in Node.
 */
export const DEBOUNCE_MS = 30;
