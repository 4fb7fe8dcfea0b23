// Reference data every deployment needs: the APO member economies, their NPOs (from
// data/apo-members.csv) and the APO Secretariat. Idempotent: existing rows are kept.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Economy } from '../../modules/economy/economy.entity.js';
import { Organization, OrganizationKind } from '../../modules/organization/organization.entity.js';
import { NPO_EXPERTISE } from './expertise.js';

export type MemberRow = {
  code: string;
  economy: string;
  joined: number;
  organization: string;
  acronym: string;
  timeZone: string;
  note: string;
};

export const SECRETARIAT_NAME = 'Asian Productivity Organization Secretariat';

export function readMembers(): MemberRow[] {
  const text = fs.readFileSync(findUp('data/apo-members.csv'), 'utf8');
  const [, ...lines] = text.trim().split(/\r?\n/);
  return lines.map((line) => {
    const [code, economy, joined, organization, acronym, timeZone, ...note] = line.split(',');
    return { code, economy, joined: Number(joined), organization, acronym, timeZone, note: note.join(',').trim() };
  });
}

export async function seedReferenceData(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(Economy, {})).map((e) => e.code));
  for (const m of readMembers()) {
    if (existing.has(m.code)) continue;
    const economy = em.create(Economy, {
      code: m.code,
      name: m.economy,
      joinedYear: m.joined,
      // The CSV marks economies whose participation is uncertain.
      active: !/inactive/i.test(m.note),
    });
    em.create(Organization, {
      kind: OrganizationKind.NPO,
      name: m.organization,
      acronym: m.acronym,
      economy,
      timeZone: m.timeZone,
      expertiseTopics: NPO_EXPERTISE[m.code] ?? [],
      note: m.note || undefined,
    });
  }
  if (!(await em.count(Organization, { kind: OrganizationKind.SECRETARIAT }))) {
    em.create(Organization, {
      kind: OrganizationKind.SECRETARIAT,
      name: SECRETARIAT_NAME,
      acronym: 'APO',
      timeZone: 'Asia/Tokyo',
      expertiseTopics: [],
    });
  }
  await em.flush();
}

/** The repo's data files, found from this module whether it runs from source or from dist. */
export function findUp(relative: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${relative} not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
