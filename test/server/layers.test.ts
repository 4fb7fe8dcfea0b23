// The layers of docs/ARCHITECTURE.md are ESLint rules (eslint.layers.js), so `npm run check`
// fails on a wrong-way import. These lint snippets as if they were files of the tree: each
// wrong-way import is refused, and the allowed ones pass.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(filePath: string, imports: string[]): Promise<string[]> {
  const code = imports.map((from, i) => `import * as m${i} from '${from}';`).join('\n') + `\nexport const all = [${imports.map((_, i) => `m${i}`).join(', ')}];\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layers', () => {
  it('refuses a module importing the transport or another feature\'s commands', async () => {
    const found = await refusals('server/src/modules/user/example.ts', ['../../graphql/schema.js', '../../realtime/streams.js', '../proposal/proposal.commands.js']);
    expect(found).toHaveLength(3);
  });

  it('lets a module use another feature\'s entity, service and policy, the event log and the base files', async () => {
    expect(await refusals('server/src/modules/user/example.ts', [
      '../organization/organization.entity.js', '../proposal/proposal.service.js', '../pairing/pairing.policy.js',
      '../auth/viewer.js', '../../events/index.js', '../../events/activity-event.entity.js', '../../errors.js',
    ])).toEqual([]);
  });

  it('has modules and realtime reach the event log through its one entrance, events/index.js', async () => {
    expect(await refusals('server/src/modules/user/example.ts', ['../../events/event-log.js', '../../events/event-reader.js'])).toHaveLength(2);
    expect(await refusals('server/src/realtime/example.ts', ['../events/event-reader.js', '../events/activity-event.entity.js'])).toHaveLength(2);
    expect(await refusals('server/src/realtime/example.ts', ['../events/index.js'])).toEqual([]);
  });

  it('keeps the event log below the modules (the Viewer type aside) and db below the event log', async () => {
    expect(await refusals('server/src/events/example.ts', ['../modules/user/user.service.js', '../realtime/event-hub.js'])).toHaveLength(2);
    expect(await refusals('server/src/events/example.ts', ['../modules/auth/viewer.js', '../db/orm.js'])).toEqual([]);
    expect(await refusals('server/src/db/example.ts', ['../events/event-log.js', '../modules/user/user.entity.js'])).toHaveLength(2);
  });

  it('keeps realtime to the modules\' public files and the base files free of everything above', async () => {
    expect(await refusals('server/src/realtime/example.ts', ['../modules/proposal/proposal.commands.js', '../graphql/ws.js'])).toHaveLength(2);
    expect(await refusals('server/src/config.ts', ['./graphql/limits.js', './db/orm.js'])).toHaveLength(2);
  });

  it('keeps metrics/ below everything that counts into it', async () => {
    expect(await refusals('server/src/metrics/example.ts', ['../realtime/event-hub.js', '../db/orm.js', '../http/client-address.js'])).toHaveLength(3);
    expect(await refusals('server/src/realtime/example.ts', ['../metrics/index.js'])).toEqual([]);
    expect(await refusals('server/src/modules/user/example.ts', ['../../metrics/index.js'])).toEqual([]);
  });

  it('refuses a client feature importing another feature\'s components', async () => {
    expect(await refusals('client/src/features/workspace/Example.tsx', ['../pairings/components/ZonedTime'])).toHaveLength(1);
    expect(await refusals('client/src/features/workspace/Example.tsx', ['../pairings/pairings.documents', '../../ui/Button'])).toEqual([]);
  });
});
