// Precision, recall and false-positive rate of a detector at a level threshold.
const RANK = { none: 0, low: 1, medium: 2, high: 3 };

/** True when `level` is at least `threshold`. */
export const atLeast = (level, threshold) => RANK[level] >= RANK[threshold];

/**
 * @param rows items with `label` ('scam' | 'benign') and `level`
 * @returns counts plus precision / recall / fpr at ≥ medium and at high (null when undefined)
 */
export function measure(rows) {
  const out = { scams: 0, benign: 0 };
  for (const threshold of ['medium', 'high']) {
    let tp = 0;
    let fp = 0;
    let scams = 0;
    let benign = 0;
    for (const row of rows) {
      const flagged = atLeast(row.level, threshold);
      if (row.label === 'scam') {
        scams++;
        if (flagged) tp++;
      } else {
        benign++;
        if (flagged) fp++;
      }
    }
    out.scams = scams;
    out.benign = benign;
    out[threshold] = {
      tp,
      fp,
      precision: tp + fp ? tp / (tp + fp) : null,
      recall: scams ? tp / scams : null,
      fpr: benign ? fp / benign : null,
    };
  }
  return out;
}
