import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { baseUrl } from './support/browser.js';

/** docs/integration.md promises a curl example that works against the demo: run it. */
describe('docs/integration.md', () => {
  it('files a referral with an API key, refuses the same number again (409) and reads it back', () => {
    const doc = readFileSync('docs/integration.md', 'utf8');
    const script = /```sh\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(script).toBeDefined();
    const output = execFileSync('bash', ['-euo', 'pipefail', '-c', script!], {
      env: { ...process.env, BASE: baseUrl() },
      encoding: 'utf8',
    });
    const lines = output.trim().split('\n');
    const created = JSON.parse(lines.slice(0, lines.indexOf('409')).join('\n')) as {
      id: string;
      status: string;
    };
    expect(created).toEqual({ id: expect.any(String), status: 'received' });
    expect(lines).toContain('409');
    expect(JSON.parse(lines.slice(lines.indexOf('409') + 1).join('\n'))).toEqual({
      status: 'received',
      caseNumber: null,
      outcome: null,
    });
  });
});
