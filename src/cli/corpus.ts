/**
 * The labelled corpus on disk: `NAME.claims.json` beside the report it labels (`NAME.txt`, `.md` or
 * `.docx`; a report kept in two forms is scored in each). Used by `baocao score --corpus` and the
 * acceptance test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument, type Finding } from '../core/check';
import { ClaimsSchema, type Claim, scoreFindings, type ScoreResult } from '../core/check/score';
import { readReport } from './check';

export interface CorpusReport {
  /** The claims file's stem, e.g. "001_9331be7396ee03da". */
  name: string;
  claims: Claim[];
  /** Every file of the report to check: the labelled one, and a .docx twin when there is one. */
  files: string[];
}

export function readClaims(file: string): Claim[] {
  const parsed = ClaimsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: not a claims list: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export function listCorpus(dir: string): CorpusReport[] {
  const out: CorpusReport[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.claims.json')) continue;
    const claims = readClaims(path.join(dir, entry));
    const docs = [...new Set(claims.map((c) => c.doc))];
    if (docs.length !== 1) throw new Error(`${entry}: labels ${docs.length} reports; a claims file labels exactly one`);
    const labelled = path.join(dir, docs[0]);
    if (!existsSync(labelled)) throw new Error(`${entry}: the report ${docs[0]} is not in ${dir}`);
    const twin = labelled.replace(/\.(txt|md)$/, '.docx');
    out.push({ name: entry.replace(/\.claims\.json$/, ''), claims, files: twin !== labelled && existsSync(twin) ? [labelled, twin] : [labelled] });
  }
  return out;
}

export interface FileScore extends ScoreResult {
  file: string;
  findings: Finding[];
}

export async function scoreReport(report: CorpusReport): Promise<FileScore[]> {
  const out: FileScore[] = [];
  for (const file of report.files) {
    const findings = checkDocument(await readReport(file));
    out.push({ file, findings, ...scoreFindings(report.claims, findings) });
  }
  return out;
}
