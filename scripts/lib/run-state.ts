/** What `npm start` is running, so that `npm stop` can end it. Kept in .baocao/run.json. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const RunStateSchema = z.object({
  pid: z.number().int().positive(),
  previewUrl: z.string(),
  dataUrl: z.string().nullable(),
  sideloaded: z.boolean(),
});
export type RunState = z.infer<typeof RunStateSchema>;

// BAOCAO_STATE_DIR lets tests run their own npm start beside a developer's.
function stateFile(): string {
  return path.join(process.env.BAOCAO_STATE_DIR || path.resolve(__dirname, '..', '..', '.baocao'), 'run.json');
}

export function writeRunState(state: RunState): void {
  mkdirSync(path.dirname(stateFile()), { recursive: true });
  writeFileSync(stateFile(), JSON.stringify(state, null, 2));
}

export function readRunState(): RunState | null {
  try {
    const parsed = RunStateSchema.safeParse(JSON.parse(readFileSync(stateFile(), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearRunState(): void {
  rmSync(stateFile(), { force: true });
}
