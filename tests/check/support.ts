import path from 'node:path';
import { checkDocument, type Finding } from '../../src/core/check';
import { readPlainText } from '../../src/core/document/plain-text';
import { scoreFindings } from '../../src/core/check/score';
import { readClaims } from '../../src/cli/corpus';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The labelled reports, in the repository (corpus/README.md says where each comes from). */
export const CORPUS = path.join(ROOT, 'corpus');

export function checkText(text: string): Finding[] {
  return checkDocument(readPlainText(text));
}

export interface Score {
  found: number;
  total: number;
  falseAlarms: number;
  output: string;
}

/** Scores findings with the project's scorer (`baocao score`), against one report's labels. */
export function score(labels: string, findings: Finding[], doc: string): Score {
  const r = scoreFindings(
    readClaims(labels).filter((c) => c.doc === doc),
    findings,
  );
  const output = [...r.missed.map((c) => `MISSED ${c.id}`), ...r.falseAlarms.map((f) => `FALSE ALARM ${f.rule}: ${f.text}`)].join('\n');
  return { found: r.found.length, total: r.found.length + r.missed.length, falseAlarms: r.falseAlarms.length, output };
}
