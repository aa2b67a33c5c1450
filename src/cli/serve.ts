// Placeholder until the issue that owns `baocao serve` lands: says so instead of failing obscurely.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('baocao serve: not available yet in this build\n');
  return 2;
}
