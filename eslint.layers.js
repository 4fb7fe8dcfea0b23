// The layers, as `no-restricted-imports` rules (docs/ARCHITECTURE.md, "Layers"). Top to bottom:
//   main / server  →  http, graphql, realtime  →  modules  →  events  →  db  →  the base files
// (config, clock, logger, errors, state-machine, calendar-date, shared/, loaders/). A layer imports only
// layers below it. realtime reads the event log and asks the modules' policies and services who
// may see what. Inside modules, a feature uses another feature only through its public files
// (entity, enums, types, service, policy; auth's viewer, token and password primitives), never
// its commands, resolvers or helpers. Patterns are regular expressions over relative import
// paths, so packages such as `graphql` or `@apollo/server` never match.

const rel = '^(\\.\\.?/)+';
/** Any relative import of one of these top-level folders or files of server/src. */
const above = (...names) => `${rel}(${names.join('|')})(/|\\.js$)`;
const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const no = (regex, message) => ({ regex, message });

const S = 'server/src';
const BASE_FILES = ['config', 'clock', 'logger', 'errors', 'state-machine', 'calendar-date'].map((f) => `${S}/${f}.ts`);
const PUBLIC_FILE = '[\\w-]+\\.(entity|enums|types|service|policy)\\.js$';

export const layerRules = [
  {
    files: [...BASE_FILES, `${S}/shared/**/*.ts`, `${S}/loaders/**/*.ts`],
    rules: rule(no(above('db', 'events', 'modules', 'realtime', 'graphql', 'http', 'context', 'deps', 'server', 'main'), 'Base files depend on nothing above them.')),
  },
  {
    // Metrics are counted from every layer (http, graphql, realtime, modules), so they sit at the bottom.
    files: [`${S}/metrics/**/*.ts`],
    rules: rule(no(above('db', 'events', 'modules', 'realtime', 'graphql', 'http', 'context', 'deps', 'server', 'main', 'instrument'), 'metrics/ is counted into from above and depends on nothing of the app.')),
  },
  {
    files: [`${S}/db/**/*.ts`],
    ignores: [`${S}/db/seed/**`, `${S}/db/entities.ts`, `${S}/db/cli.ts`],
    rules: rule(no(above('events', 'modules', 'realtime', 'graphql', 'http', 'context', 'deps', 'server', 'main'), 'db is the bottom layer: connections, migrations, the ORM.')),
  },
  {
    // The ORM's catalogue of entities is the one db file that names them.
    files: [`${S}/db/entities.ts`],
    rules: rule(
      no(`${rel}(modules|events)/(?![\\w/-]+\\.entity\\.js$)`, 'db/entities.ts lists entity classes only.'),
      no(above('realtime', 'graphql', 'http', 'context', 'deps', 'server', 'main'), 'db/entities.ts lists entity classes only.'),
    ),
  },
  {
    // Seeds and the CLI drive the modules' commands, as the API does; never the transport.
    files: [`${S}/db/seed/**/*.ts`, `${S}/db/cli.ts`],
    rules: rule(no(above('realtime', 'graphql', 'http', 'deps', 'server', 'main'), 'Seeds use the modules, never the transport.')),
  },
  {
    // events knows the Viewer type (who reads) and nothing else of the modules.
    files: [`${S}/events/**/*.ts`],
    rules: rule(
      no(`${rel}modules/(?!auth/viewer\\.js$)`, 'The event log sits below the modules (it knows only the Viewer type).'),
      no(above('realtime', 'graphql', 'http', 'context', 'deps', 'server', 'main'), 'The event log sits below the transport.'),
    ),
  },
  {
    files: [`${S}/modules/*/*.ts`],
    rules: rule(
      no(above('realtime', 'graphql', 'http', 'deps', 'server', 'main'), 'Modules sit below the transport.'),
      no(`^\\.\\./(?!auth/(viewer|token|password)\\.js$)(?!\\.\\.)[\\w-]+/(?!${PUBLIC_FILE})`, "Another feature is used through its entity, enums, types, service or policy, not its internals."),
      no('^\\.\\./\\.\\./events/(?!index\\.js$|activity-event\\.entity\\.js$)', 'Features use the event log through events/index.js (an entity that points at an event imports its entity class).'),
    ),
  },
  {
    files: [`${S}/realtime/**/*.ts`],
    rules: rule(
      no(`^\\.\\./modules/(?!auth/viewer\\.js$)[\\w-]+/(?!${PUBLIC_FILE})`, "realtime uses the modules' public files (entity, enums, types, service, policy) only."),
      no(above('graphql', 'http', 'server', 'main'), 'realtime sits below the transport that starts it.'),
      no('^\\.\\./events/(?!index\\.js$)', 'realtime reads the event log through events/index.js.'),
    ),
  },
  {
    // Features enqueue jobs through jobs/queue.ts, which sits below them; the rest of jobs/ runs their tasks.
    files: [`${S}/jobs/queue.ts`],
    rules: rule(no(above('events', 'modules', 'realtime', 'graphql', 'http', 'context', 'deps', 'server', 'main'), 'jobs/queue.ts sits below the features that enqueue jobs.')),
  },
  {
    files: [`${S}/jobs/**/*.ts`],
    ignores: [`${S}/jobs/queue.ts`],
    rules: rule(no(above('realtime', 'graphql', 'http', 'server', 'main'), 'The job engine is started by server.ts, never the other way.')),
  },
  {
    files: [`${S}/graphql/**/*.ts`, `${S}/http/**/*.ts`],
    rules: rule(no(above('server', 'main'), 'The transport is started by server.ts, never the other way.')),
  },
  {
    // A client feature uses another feature's root files (pages, documents, context), never its components/.
    files: ['client/src/features/**/*.{ts,tsx}'],
    rules: rule(no('^(\\.\\./)+[\\w-]+/components/', "Another feature's components/ are its own; share through client/src/ui.")),
  },
];
