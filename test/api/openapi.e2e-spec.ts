import openapiTS, { astToString } from 'openapi-typescript';
import { readFile, writeFile } from 'node:fs/promises';
import { buildOpenApiDocument } from '../../api/src/app.setup.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const TYPES_FILE = 'web/src/app/core/api/schema.ts';
const HEADER = `/**\n * Generated from the API's OpenAPI document by \`npm run api:types\`. Do not edit.\n */\n\n`;

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('is served at /api/docs-json without signing in, with every route documented', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/me',
        '/api/organisations',
        '/api/audit/verify',
        '/api/health',
      ]),
    );
    await t.http().get('/api/docs').redirects(1).expect(200);
  });

  it('matches the web app’s generated types (run `npm run api:types` after changing the API)', async () => {
    const document = buildOpenApiDocument(t.app);
    const generated = HEADER + astToString(await openapiTS(document as never));
    if (process.env['UPDATE_API_TYPES']) await writeFile(TYPES_FILE, generated);
    const committed = await readFile(TYPES_FILE, 'utf8');
    expect(committed === generated ? 'in sync' : 'drift: run npm run api:types').toBe('in sync');
  });
});
