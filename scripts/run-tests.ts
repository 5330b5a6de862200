/**
 * `npm test`: every check, in order, then one closing line
 * `N passed, N failed` that CI reads. Steps: build the data (validates
 * layers/), type-check, unit tests, browser tests. Each Vitest run writes a
 * JSON report whose counts are summed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Count {
  passed: number;
  failed: number;
}

const total: Count = { passed: 0, failed: 0 };
const failures: string[] = [];
mkdirSync('test-results', { recursive: true });

function step(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status === 0;
}

function check(name: string, cmd: string, args: string[]): void {
  if (step(name, cmd, args)) total.passed++;
  else {
    total.failed++;
    failures.push(name);
  }
}

function vitest(project: string): void {
  const out = `test-results/${project}.json`;
  rmSync(out, { force: true });
  const ok = step(`${project} tests`, 'node_modules/.bin/vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} ${project} test(s)`);
    if (!ok && r.numFailedTests === 0) {
      total.failed++;
      failures.push(`${project} run (suite error)`);
    }
  } catch {
    total.failed++;
    failures.push(`${project} run (no report)`);
  }
}

check('data build (validates layers/)', 'node_modules/.bin/tsx', ['scripts/build-data.ts']);
check('type-check', 'node_modules/.bin/tsc', ['--noEmit', '-p', '.']);
vitest('unit');
vitest('e2e');

if (failures.length) console.log(`\nfailed: ${failures.join('; ')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
