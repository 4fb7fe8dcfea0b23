// `npm start`'s client build (scripts/client-build.ts): it builds only when the client's sources
// changed, and a build never touches the folder being served: the served path switches from the
// old complete build to the new complete build in one step. The builder here writes files like
// Vite does (index.html and assets), slowly, so that readers can look while it works.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ensureClientBuild, type Builder, type Layout } from '../../scripts/client-build.js';

let root: string;
let layout: Layout;
let builds: string[];

const served = (file = 'index.html') => fs.readFileSync(path.join(root, layout.link, file), 'utf8');
const writeSource = (text: string) => fs.writeFileSync(path.join(root, 'client', 'src', 'app.tsx'), text);

/** Writes index.html and an asset from the current source, yielding to other tasks between steps. */
const builder: Builder = async (outDir) => {
  builds.push(outDir);
  const source = fs.readFileSync(path.join(root, 'client', 'src', 'app.tsx'), 'utf8');
  await fs.promises.mkdir(path.join(outDir, 'assets'), { recursive: true });
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  await fs.promises.writeFile(path.join(outDir, 'assets', 'app.js'), `built from ${source}`);
  await fs.promises.writeFile(path.join(outDir, 'index.html'), '<html>');
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  await fs.promises.appendFile(path.join(outDir, 'index.html'), `${source}</html>`);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-client-build-'));
  fs.mkdirSync(path.join(root, 'client', 'src'), { recursive: true });
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  writeSource('v1');
  layout = { root, sources: ['client', 'package-lock.json'], link: 'dist/client', buildsDir: 'dist/client-builds' };
  builds = [];
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

it('builds once, then skips the build while the sources and the lock file are unchanged', async () => {
  expect((await ensureClientBuild({ layout, build: builder })).built).toBe(true);
  expect((await ensureClientBuild({ layout, build: builder })).built).toBe(false);
  expect(builds).toHaveLength(1);
  expect(served()).toBe('<html>v1</html>');

  fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
  expect((await ensureClientBuild({ layout, build: builder })).built).toBe(true);
  fs.mkdirSync(path.join(root, 'client', 'node_modules'));
  fs.writeFileSync(path.join(root, 'client', 'node_modules', 'cache.json'), '{}');
  expect((await ensureClientBuild({ layout, build: builder })).built).toBe(false);
  expect(builds).toHaveLength(2);
});

it('builds a changed client into a new folder and leaves the folder served before as it was', async () => {
  const first = await ensureClientBuild({ layout, build: builder });
  writeSource('v2');
  const second = await ensureClientBuild({ layout, build: builder });

  expect(second.built).toBe(true);
  expect(second.dir).not.toBe(first.dir);
  expect(builds.every((dir) => !dir.startsWith(first.dir + path.sep) && dir !== first.dir)).toBe(true);
  expect(fs.readFileSync(path.join(first.dir, 'index.html'), 'utf8')).toBe('<html>v1</html>');
  expect(served()).toBe('<html>v2</html>');
  expect(served('assets/app.js')).toBe('built from v2');
  expect(fs.lstatSync(path.join(root, layout.link)).isSymbolicLink()).toBe(true);
});

it('serves the old complete build or the new complete build at every moment of a rebuild', async () => {
  await ensureClientBuild({ layout, build: builder });
  writeSource('v2');
  const seen: string[] = [];
  let done = false;
  const reader = (async () => {
    while (!done) {
      seen.push(`${served()} ${served('assets/app.js')}`);
      await new Promise((r) => setImmediate(r));
    }
  })();
  await ensureClientBuild({ layout, build: builder });
  done = true;
  await reader;

  expect(seen.length).toBeGreaterThan(3);
  expect(seen[0]).toBe('<html>v1</html> built from v1');
  expect(seen.filter((s) => s !== '<html>v1</html> built from v1' && s !== '<html>v2</html> built from v2')).toEqual([]);
  expect(`${served()} ${served('assets/app.js')}`).toBe('<html>v2</html> built from v2');
});

it('reuses a kept build when the sources go back, and keeps only the current and the previous build', async () => {
  const v1 = await ensureClientBuild({ layout, build: builder });
  writeSource('v2');
  await ensureClientBuild({ layout, build: builder });
  writeSource('v1');
  const back = await ensureClientBuild({ layout, build: builder });
  expect(back).toEqual({ built: false, hash: v1.hash, dir: v1.dir });
  expect(served()).toBe('<html>v1</html>');

  writeSource('v3');
  await ensureClientBuild({ layout, build: builder });
  expect(builds).toHaveLength(3);
  expect(fs.readdirSync(path.join(root, layout.buildsDir))).toHaveLength(2);
});

it('replaces a client folder of the earlier layout (a plain directory) with the link', async () => {
  fs.mkdirSync(path.join(root, layout.link), { recursive: true });
  fs.writeFileSync(path.join(root, layout.link, 'index.html'), '<html>old</html>');
  const r = await ensureClientBuild({ layout, build: builder });

  expect(r.built).toBe(true);
  expect(fs.lstatSync(path.join(root, layout.link)).isSymbolicLink()).toBe(true);
  expect(served()).toBe('<html>v1</html>');
  expect(fs.readdirSync(path.join(root, 'dist')).sort()).toEqual(['client', 'client-builds']);
});
