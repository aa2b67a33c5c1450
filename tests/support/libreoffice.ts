/**
 * LibreOffice (soffice) and poppler (pdftotext) for the tests that open a written .docx the way a user's
 * office suite would. Without them that part is skipped, loudly; with CI set (.ci/run installs both)
 * that is a failure.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, cmd)));
}

export function libreOfficeAvailable(): boolean {
  const missing = ['soffice', 'pdftotext'].filter((c) => !onPath(c));
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`${missing.join(' and ')} not found: .ci/run installs Debian's libreoffice-writer-nogui and poppler-utils`);
  console.warn(`${missing.join(' and ')} not found (apt-get install libreoffice-writer-nogui poppler-utils): opening the written .docx in LibreOffice is SKIPPED.`);
  return false;
}
