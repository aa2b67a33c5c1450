/**
 * The labelled corpus on disk: `NAME.claims.json` beside the report it labels (`NAME.txt`, `.md` or
 * `.docx`; a report kept in two forms is scored in each). Used by `baocao score --corpus` and the
 * acceptance test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument, type Finding } from '../core/check';
import { ClaimsSchema, type Claim, normalize, type ReportLayout, type ScoredFinding, scoreFindings, type ScoreResult } from '../core/check/score';
import type { DocumentText } from '../core/document/text';
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

/** The report's blocks normalized as the scorer normalizes quotes, joined, and where each block starts. */
export function layoutOf(doc: DocumentText): ReportLayout {
  const starts = new Map<string, number>();
  let text = '';
  for (const b of doc.blocks) {
    starts.set(`${b.story}|${b.index}`, text.length);
    text += `${normalize(b.text)} `;
  }
  const blocks = new Map(doc.blocks.map((b) => [`${b.story}|${b.index}`, b]));
  return {
    text,
    offsetOf(f: ScoredFinding): number | undefined {
      const loc = (f as Partial<Finding>).location;
      if (!loc) return undefined;
      const key = `${loc.story}|${loc.block}`;
      const block = blocks.get(key);
      const start = starts.get(key);
      if (!block || start === undefined) return undefined;
      // what precedes the finding, normalized: a trailing space survives as the one before the finding
      return start + normalize(`${block.text.slice(0, loc.start)}x`).length - 1;
    },
  };
}

export async function scoreReport(report: CorpusReport): Promise<FileScore[]> {
  const out: FileScore[] = [];
  for (const file of report.files) {
    const doc = await readReport(file);
    const findings = checkDocument(doc);
    out.push({ file, findings, ...scoreFindings(report.claims, findings, layoutOf(doc)) });
  }
  return out;
}
