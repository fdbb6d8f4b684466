// Texts a client component receives as props, translated on the server: one key list per
// component, so a missing message fails the type check, not the page.
export function pickLabels<Key extends string>(
  keys: readonly Key[],
  translate: (key: Key) => string,
): Record<Key, string> {
  return Object.fromEntries(keys.map((key) => [key, translate(key)])) as Record<Key, string>;
}
