/** What the checker reports: one number (or phrase) that does not agree, and what it should be. */
import type { TextBlock, TextLocation } from '../document/text';

export type Severity = 'error' | 'warning' | 'info';

/**
 * certain: no reading of the inputs within their written precision gives the stated number;
 * rounding-slip: the stated number is the right one truncated instead of rounded half-up;
 * possible: the text most likely means something else, but a reading exists where it is right.
 */
export type FindingKind = 'certain' | 'rounding-slip' | 'possible';

export interface Finding {
  rule: string;
  severity: Severity;
  kind: FindingKind;
  /** Vietnamese, for the user: what is wrong and what the right number is. */
  message: string;
  /** The exact span of the document the finding is about, as written there. */
  text: string;
  location: TextLocation;
  stated: string;
  expected: string;
  /** Replacement for `text` when the right text is certain. */
  fix?: string;
  /** Other places that repeat the same wrong text: the fix is applied there too. */
  also?: Array<{ location: TextLocation; text: string }>;
}

/** Where a finding about one written number points: the number as written, and its place. */
export function atNumber(m: { block: TextBlock; n: { text: string; start: number; end: number } }): Pick<Finding, 'text' | 'location' | 'stated'> {
  return { text: m.n.text, location: { story: m.block.story, block: m.block.index, start: m.n.start, end: m.n.end }, stated: m.n.text };
}
