/**
 * A pure check answered once per distinct value: a large dataset repeats the same dates, time zones and source
 * links thousands of times. Bounded, so a file of all-distinct values cannot grow it without end.
 */
export function remembered<T>(check: (value: string) => T, limit = 10_000): (value: string) => T {
  const answers = new Map<string, T>();
  return (value) => {
    if (answers.has(value)) return answers.get(value) as T;
    if (answers.size >= limit) answers.clear();
    const answer = check(value);
    answers.set(value, answer);
    return answer;
  };
}
