/** Props of {@link Items}. */
export interface ItemsProps {
  lines: readonly string[];
  /** A numbered list (the four rules) instead of bullets. */
  ordered?: boolean;
}

/** Plain sentences as a list, one item each. */
export function Items({ lines, ordered }: ItemsProps) {
  const items = lines.map((line) => <li key={line}>{line}</li>);
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}
