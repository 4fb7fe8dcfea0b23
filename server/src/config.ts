// Reads the environment once. Every other module receives a Config, so tests can pass overrides.
import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: string;
  seedDemo: boolean;
  /** Lifetime of a session token issued by `login`. */
  sessionTtlMs: number;
  /** Largest accepted HTTP request body. */
  maxBodyBytes: number;
  /** Folder of the built client, served at `/`. */
  clientDir: string;
  /** Overrides of the API limits' defaults (graphql/limits.ts), e.g. a small budget in tests. */
  apiLimits?: Partial<import('./graphql/limits.js').ApiLimits>;
  /** Which proxies' X-Forwarded-For counts for the client address: false (none), true (all), a hop count or a list of addresses/CIDRs. */
  trustProxy: boolean | number | string;
  /** Other origins whose browser pages may call /graphql with a bearer token (never with the session cookie). */
  corsOrigins: string[];
  /** WebSockets without credentials that one client address may hold open at once. */
  maxAnonymousSocketsPerAddress: number;
  /** Overrides of the sign-in throttle's defaults (modules/auth/sign-in-throttle.ts). */
  signInThrottle?: Partial<import('./modules/auth/sign-in-throttle.js').ThrottleSettings>;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const nodeEnv = parseNodeEnv(env.NODE_ENV);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: env.PORT ? Number(env.PORT) : 4000,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? './.data'),
    redisUrl: env.REDIS_URL || undefined,
    nodeEnv,
    logLevel: env.LOG_LEVEL ?? 'info',
    // Demo users go into the embedded database by default, never into a real one unless asked.
    seedDemo: env.SEED_DEMO !== undefined ? parseBool(env.SEED_DEMO) : !databaseUrl,
    sessionTtlMs: env.SESSION_TTL_HOURS ? Number(env.SESSION_TTL_HOURS) * 3_600_000 : 12 * 3_600_000,
    maxBodyBytes: 100 * 1024,
    clientDir: path.resolve(env.CLIENT_DIR ?? './dist/client'),
    apiLimits: apiLimitsOf(env),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean),
    maxAnonymousSocketsPerAddress: env.MAX_ANONYMOUS_SOCKETS_PER_ADDRESS ? Number(env.MAX_ANONYMOUS_SOCKETS_PER_ADDRESS) : 20,
    ...overrides,
  };
}

function apiLimitsOf(env: NodeJS.ProcessEnv): Config['apiLimits'] {
  const limits: NonNullable<Config['apiLimits']> = {};
  if (env.API_COST_BUDGET) limits.budget = Number(env.API_COST_BUDGET);
  if (env.ANONYMOUS_COST_BUDGET) limits.anonymousBudget = Number(env.ANONYMOUS_COST_BUDGET);
  return Object.keys(limits).length > 0 ? limits : undefined;
}

function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  const v = value?.trim() ?? '';
  if (v === '' || ['0', 'false', 'no', 'off'].includes(v.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(v.toLowerCase())) return true;
  return /^\d+$/.test(v) ? Number(v) : v;
}

function parseNodeEnv(value: string | undefined): Config['nodeEnv'] {
  if (value === 'production' || value === 'test') return value;
  return 'development';
}

function parseBool(value: string): boolean {
  return ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}
