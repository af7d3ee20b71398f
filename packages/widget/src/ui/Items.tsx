/** Props of {@link Items}. */
export interface ItemsProps {
  lines: readonly string[];
  /** A numbered list (the four rules) instead of bullets. */
  ordered?: boolean;
}

/** Plain sentences as a list, one item each; nothing at all when there are none. */
export function Items({ lines, ordered }: ItemsProps) {
  if (!lines.length) return null;
  const items = lines.map((line) => <li key={line}>{line}</li>);
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}
