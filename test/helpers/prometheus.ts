// Reads the Prometheus text exposition format back into samples, so that tests assert on what
// a scraper would see: `name{label="value",…} number` lines, with # HELP / # TYPE lines by family.
export type Sample = { name: string; labels: Record<string, string>; value: number };
export type Scrape = { samples: Sample[]; types: Map<string, string> };

export function parsePrometheus(text: string): Scrape {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1], type[2]);
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v.replace(/\\(.)/g, (_s, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return { samples, types };
}

/** The samples of one name whose labels include the given ones. */
export function samplesOf(scrape: Scrape, name: string, labels: Record<string, string> = {}): Sample[] {
  return scrape.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}

/** The sum of the matching samples' values (0 when there are none). */
export function valueOf(scrape: Scrape, name: string, labels: Record<string, string> = {}): number {
  return samplesOf(scrape, name, labels).reduce((sum, s) => sum + s.value, 0);
}
