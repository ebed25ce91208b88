/**
 * A memo over text keys whose memory is bounded by the characters it keeps: once the
 * keys would pass `limit`, it forgets everything and starts again (a build reads one
 * site at a time, so starting again is cheap). Keys longer than `longestKept` are
 * computed every time: long texts (an article's paragraphs) seldom repeat.
 */
export function boundedMemo<V>(
  compute: (key: string) => V,
  { limit, longestKept = Infinity }: { limit: number; longestKept?: number },
): (key: string) => V {
  const kept = new Map<string, V>();
  let keptChars = 0;
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = compute(key);
    if (key.length > longestKept) return value;
    if (keptChars + key.length > limit) {
      kept.clear();
      keptChars = 0;
    }
    kept.set(key, value);
    keptChars += key.length;
    return value;
  };
}
