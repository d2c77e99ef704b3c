import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN =
  /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](electron|node:[\w/]+|fs|path|os|child_process|crypto|worker_threads|react|react-dom)['"]/;
const DOM_GLOBALS = /\b(?:window|document|localStorage|navigator)\./;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('shared/ is pure domain code', () => {
  const sources = files('shared');

  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources)('%s imports no Electron, Node or DOM API', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.match(FORBIDDEN)?.[0] ?? null).toBeNull();
    expect(text.match(DOM_GLOBALS)?.[0] ?? null).toBeNull();
  });
});
