/**
 * `baocao figures FILE.docx [--json]`: the bound figures of a report, where they are and what they show.
 * --json prints {"figures": [{"key", "indicators", "kind", "text", "story"}]}.
 */
import { guarded, openReport, parseReportArgs, UsageError } from './report-file';
import { HELP as ALL_HELP } from './help';

export const HELP = ALL_HELP.figures;

export async function run(args: string[]): Promise<number> {
  return guarded(HELP.split('\n')[0], async () => {
    const p = parseReportArgs(args, [], ['json']);
    if (p.positional.length !== 1) throw new UsageError('Cần đúng một tệp báo cáo .docx.');
    const doc = await openReport(p.positional[0]);
    const figures = (await doc.listFigures()).map((f) => ({ key: f.key, indicators: f.spec?.indicators ?? [], kind: f.spec?.kind ?? null, text: f.text, story: f.story }));
    if (p.options.has('json')) process.stdout.write(`${JSON.stringify({ figures }, null, 2)}\n`);
    else if (!figures.length) process.stdout.write('Báo cáo chưa có số liệu gắn dữ liệu.\n');
    else process.stdout.write(`${figures.map((f) => `${f.key}\t${f.story}\t${f.kind ?? '?'}\t${f.indicators.join('+')}\t${f.text}`).join('\n')}\n${figures.length} số liệu.\n`);
    return 0;
  });
}
