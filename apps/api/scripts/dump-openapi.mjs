// Writes the OpenAPI document as served at /v1/openapi.json to a file, for Spectral (`npm run lint:openapi`).
// Uses the built package (dist/): run `npm run build` (or turbo's build) first.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { GEMEENTEN } from '@netwerkregie/domain';

const dist = new URL('../dist/index.js', import.meta.url);
if (!existsSync(dist)) {
  console.error('dist/index.js ontbreekt: bouw eerst met `npm run build`.');
  process.exit(2);
}
const uit = process.argv[2] ?? 'openapi.json';
const { createApp } = await import(dist.href);
// The document needs no database: a store opener that is never called.
const app = createApp({
  gemeenten: Object.values(GEMEENTEN),
  openStore: () => Promise.reject(new Error('niet nodig')),
});
const res = await app.request('/v1/openapi.json');
if (res.status !== 200) throw new Error(`/v1/openapi.json gaf status ${res.status}`);
await writeFile(uit, `${JSON.stringify(await res.json(), null, 2)}\n`);
console.error(`OpenAPI-document geschreven naar ${uit}`);
