/** `npm stop`: ends what `npm start` started (its process, and Word's sideloading where it was done). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { clearRunState, readRunState } from './lib/run-state';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const state = readRunState();
  if (!state) {
    console.log('Báo cáo is not running.');
    return;
  }
  if (state.sideloaded && existsSync(path.join(ROOT, 'node_modules', 'office-addin-debugging'))) {
    const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
    spawnSync(bin, ['stop', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  }
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(state.pid, 0);
      await new Promise((r) => setTimeout(r, 100));
    } catch {
      break;
    }
  }
  clearRunState();
  console.log(`Stopped Báo cáo (pid ${state.pid}).`);
}

void main();
