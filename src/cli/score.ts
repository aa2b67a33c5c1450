/**
 * `baocao score`: how good the checker is against labelled claims.
 *   baocao score LABELS.json FINDINGS.json [--doc NAME] [-v]   score findings that `check --json` printed
 *   baocao score --corpus [DIR] [-v] [--json]                    check and score every labelled report of DIR (default corpus/)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { normalize, scoreFindings, type ScoredFinding, type ScoreResult } from '../core/check/score';
import { parseArgs, option } from './args';
import { listCorpus, readClaims, scoreReport, type FileScore } from './corpus';
import { HELP } from './help';

const USAGE = HELP.score;

const FindingsSchema = z.union([
  z.object({ findings: z.array(z.object({ severity: z.string(), text: z.string(), rule: z.string().optional(), message: z.string().optional() }).passthrough()) }),
  z.array(z.object({ severity: z.string(), text: z.string(), rule: z.string().optional(), message: z.string().optional() }).passthrough()),
]);

function details(r: ScoreResult): string[] {
  return [
    ...r.missed.map((c) => `MISSED ${c.id} | ${c.quote.join(' … ').slice(0, 160)}`),
    ...r.falseAlarms.map((f: ScoredFinding) => `FALSE ALARM ${f.rule ?? ''} | ${normalize(f.text).slice(0, 120)} | ${normalize(f.message ?? '').slice(0, 120)}`),
  ];
}

function summary(r: Pick<ScoreResult, 'found' | 'missed' | 'falseAlarms' | 'alarms' | 'recall' | 'precision'>): string {
  const total = r.found.length + r.missed.length;
  return `found ${r.found.length}/${total} inconsistencies; ${r.falseAlarms.length} false alarms among ${r.alarms} findings\nrecall=${r.recall.toFixed(3)} precision=${r.precision.toFixed(3)}`;
}

async function scoreCorpus(dir: string, verbose: boolean, json: boolean): Promise<number> {
  const reports = listCorpus(dir);
  const rows: FileScore[] = [];
  for (const report of reports) rows.push(...(await scoreReport(report)));
  const found = rows.reduce((s, r) => s + r.found.length, 0);
  const total = rows.reduce((s, r) => s + r.found.length + r.missed.length, 0);
  const alarms = rows.reduce((s, r) => s + r.alarms, 0);
  const falseAlarms = rows.reduce((s, r) => s + r.falseAlarms.length, 0);
  const claims = reports.reduce((s, r) => s + r.claims.length, 0);
  const recall = total ? found / total : 1;
  const precision = alarms ? (alarms - falseAlarms) / alarms : 1;
  if (json) {
    const perFile = rows.map((r) => ({ file: path.basename(r.file), found: r.found.length, total: r.found.length + r.missed.length, alarms: r.alarms, falseAlarms: r.falseAlarms.length, recall: r.recall, precision: r.precision }));
    process.stdout.write(`${JSON.stringify({ reports: reports.length, claims, files: perFile, found, total, alarms, falseAlarms, recall, precision }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => path.basename(r.file).length), 4);
  process.stdout.write(`${'file'.padEnd(width)}  found  false alarms\n`);
  for (const r of rows) {
    process.stdout.write(`${path.basename(r.file).padEnd(width)}  ${`${r.found.length}/${r.found.length + r.missed.length}`.padStart(5)}  ${String(r.falseAlarms.length).padStart(2)} of ${r.alarms}\n`);
    if (verbose) for (const line of details(r)) process.stdout.write(`    ${line}\n`);
  }
  process.stdout.write(`${reports.length} reports, ${claims} labelled claims\n`);
  process.stdout.write(`found ${found}/${total} inconsistencies; ${falseAlarms} false alarms among ${alarms} findings\nrecall=${recall.toFixed(3)} precision=${precision.toFixed(3)}\n`);
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const verbose = args.includes('-v');
  let parsed;
  try {
    parsed = parseArgs(
      args.filter((a) => a !== '-v'),
      ['doc'],
      ['corpus', 'json'],
    );
  } catch (err) {
    process.stderr.write(`baocao score: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.options.has('corpus')) {
    if (parsed.positional.length > 1) {
      process.stderr.write(USAGE);
      return 2;
    }
    return scoreCorpus(parsed.positional[0] ?? 'corpus', verbose, parsed.options.has('json'));
  }
  if (parsed.positional.length !== 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  const [labelsFile, findingsFile] = parsed.positional;
  const doc = option(parsed, 'doc');
  let claims = readClaims(labelsFile);
  if (doc) claims = claims.filter((c) => c.doc === doc);
  const findings = FindingsSchema.safeParse(JSON.parse(readFileSync(findingsFile, 'utf8')));
  if (!findings.success) {
    process.stderr.write(`baocao score: ${findingsFile} is not the output of "baocao check --json"\n`);
    return 2;
  }
  const list = Array.isArray(findings.data) ? findings.data : findings.data.findings;
  const result = scoreFindings(claims, list);
  if (verbose) for (const line of details(result)) process.stdout.write(`${line}\n`);
  process.stdout.write(`${summary(result)}\n`);
  return 0;
}
