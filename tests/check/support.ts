import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDocument, type Finding } from '../../src/core/check';
import { readPlainText } from '../../src/core/document/plain-text';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
export const SCORER = path.resolve(ROOT, '..', 'shared', 'tools', 'score-findings.py');

export function checkText(text: string): Finding[] {
  return checkDocument(readPlainText(text));
}

export interface Score {
  found: number;
  total: number;
  falseAlarms: number;
  output: string;
}

/** Scores findings with the project's judge, ../shared/tools/score-findings.py. */
export function score(labels: string, findings: Finding[], doc: string): Score {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-score-'));
  const file = path.join(dir, 'findings.json');
  writeFileSync(file, JSON.stringify({ findings }));
  const r = spawnSync('python3', [SCORER, labels, file, '--doc', doc, '-v'], { encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`;
  const m = /found (\d+)\/(\d+) inconsistencies; (\d+) false alarms/.exec(output);
  if (!m) throw new Error(`scorer output not understood:\n${output}`);
  return { found: Number(m[1]), total: Number(m[2]), falseAlarms: Number(m[3]), output };
}
