// The client build behind `npm start` and `npm run build:client`. Building takes seconds, so it
// runs only when the client's sources changed: a SHA-256 of client/ and package-lock.json is
// recorded in each build folder (`.source-hash`, a dotfile express.static never serves). A build
// goes into a fresh folder under dist/client-builds/; `dist/client` is a symlink that is then
// replaced with one rename, which is atomic: a running server serving `dist/client` sees the old
// build or the new one, never a folder being emptied and rewritten (it answered 404s mid-build).
// CLI: `node --import tsx scripts/client-build.ts [--force]`.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Layout = {
  /** Folder the source paths and the link are relative to. */
  root: string;
  /** Files and folders whose contents decide whether to build (node_modules is skipped). */
  sources: string[];
  /** What the server serves: a symlink to the current build. */
  link: string;
  /** Where builds are made and kept (the current and the previous one). */
  buildsDir: string;
};

export type BuildResult = { built: boolean; hash: string; dir: string };
export type Builder = (outDir: string) => void | Promise<void>;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const HASH_FILE = '.source-hash';

export const defaultLayout: Layout = {
  root: ROOT,
  sources: ['client', 'package-lock.json'],
  link: 'dist/client',
  buildsDir: 'dist/client-builds',
};

/** Vite into `outDir` (never into the folder being served). */
export const viteBuild: Builder = (outDir) => {
  const vite = path.join(ROOT, 'node_modules', '.bin', 'vite');
  const r = spawnSync(vite, ['build', '--config', 'client/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
};

function filesUnder(abs: string): string[] {
  if (!fs.existsSync(abs)) return [];
  if (!fs.statSync(abs).isDirectory()) return [abs];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => filesUnder(path.join(abs, e.name)));
}

/** One hash over the names and contents of every source file. */
export function sourceHash(layout: Layout): string {
  const h = createHash('sha256');
  for (const source of layout.sources) {
    for (const file of filesUnder(path.resolve(layout.root, source))) {
      h.update(path.relative(layout.root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
  }
  return h.digest('hex');
}

const recordedHash = (dir: string): string | null => {
  try {
    return fs.readFileSync(path.join(dir, HASH_FILE), 'utf8').trim();
  } catch {
    return null;
  }
};

/** Points `link` at `target` with one rename (a symlink made beside it replaces the old one). */
export function swapIn(link: string, target: string): void {
  const tmp = `${link}.tmp-${process.pid}`;
  fs.rmSync(tmp, { force: true });
  fs.symlinkSync(path.relative(path.dirname(link), target), tmp);
  // A real folder from before this layout cannot be replaced by a rename: move it aside once.
  const legacy = fs.existsSync(link) && !fs.lstatSync(link).isSymbolicLink() ? `${link}.old-${process.pid}` : null;
  if (legacy) fs.renameSync(link, legacy);
  fs.renameSync(tmp, link);
  if (legacy) fs.rmSync(legacy, { recursive: true, force: true });
}

/** Keeps the current and the previous build; unfinished builds of other runs after an hour. */
function prune(buildsDir: string, keep: Set<string>): void {
  for (const name of fs.readdirSync(buildsDir)) {
    const dir = path.join(buildsDir, name);
    const unfinished = name.includes('.tmp-') && Date.now() - fs.statSync(dir).mtimeMs < 3_600_000;
    if (!keep.has(dir) && !unfinished) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A finished build of these sources, if one is kept. */
function findBuild(buildsDir: string, hash: string): string | null {
  const names = fs.existsSync(buildsDir) ? fs.readdirSync(buildsDir) : [];
  const name = names.find((n) => !n.includes('.tmp-') && recordedHash(path.join(buildsDir, n)) === hash);
  return name ? path.join(buildsDir, name) : null;
}

export async function ensureClientBuild(opts: { layout?: Layout; build?: Builder; force?: boolean } = {}): Promise<BuildResult> {
  const layout = opts.layout ?? defaultLayout;
  const link = path.resolve(layout.root, layout.link);
  const buildsDir = path.resolve(layout.root, layout.buildsDir);
  const hash = sourceHash(layout);
  const current = fs.existsSync(link) ? fs.realpathSync(link) : null;
  if (!opts.force && current && recordedHash(current) === hash) return { built: false, hash, dir: current };

  // The same sources were built before (e.g. switching back a branch): that build is reused.
  let dir = opts.force ? null : findBuild(buildsDir, hash);
  const built = !dir;
  if (!dir) {
    // Every build gets a new folder, so the one being served is never written to.
    dir = path.join(buildsDir, `${hash.slice(0, 16)}-${Date.now().toString(36)}`);
    const tmp = `${dir}.tmp-${process.pid}`;
    fs.mkdirSync(buildsDir, { recursive: true });
    await (opts.build ?? viteBuild)(tmp);
    fs.writeFileSync(path.join(tmp, HASH_FILE), hash);
    fs.renameSync(tmp, dir);
  }
  swapIn(link, dir);
  prune(buildsDir, new Set([dir, ...(current ? [current] : [])]));
  return { built, hash, dir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await ensureClientBuild({ force: process.argv.includes('--force') });
  console.log(r.built ? `Client built into ${path.relative(ROOT, r.dir)}` : `Client unchanged (${path.relative(ROOT, r.dir)})`);
}
