// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../scripts/serve.mjs';

describe('the ready-made header files for static hosts', () => {
  it('send the same security headers as npm start, in the _headers file', async () => {
    const text = await readFile('public/_headers', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(text).toContain(`  ${name}: ${value}\n`);
    expect(text).toMatch(/\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(text).toMatch(/\/index\.html\n {2}Cache-Control: no-cache/);
  });

  it('send the same CSP and cache rules in the nginx snippet', async () => {
    const text = await readFile('deploy/nginx.conf', 'utf8');
    expect(text).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
    expect(text).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(text).toContain('add_header Cache-Control "no-cache" always;');
  });
});
