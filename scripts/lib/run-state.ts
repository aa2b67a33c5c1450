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

const FILE = path.resolve(__dirname, '..', '..', '.baocao', 'run.json');

export function writeRunState(state: RunState): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(state, null, 2));
}

export function readRunState(): RunState | null {
  try {
    const parsed = RunStateSchema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearRunState(): void {
  rmSync(FILE, { force: true });
}
