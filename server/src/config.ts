// Reads the environment once. Every other module receives a Config, so tests can pass overrides.
import path from 'node:path';

/** The limits of one GraphQL operation (enforced in graphql/limits.ts, defaults there). */
export type ApiLimits = {
  /** Nesting of fields; the standard introspection query (depth 15) must fit. */
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  /** Field selections after expanding fragments: stops fragment floods before the cost walk. */
  maxFields: number;
  /** Calculated cost of one operation (see operationCost). */
  maxCost: number;
  /** Lexical tokens of a document, enforced by the parser. */
  maxTokens: number;
  /** Operations in one batched HTTP request. */
  maxBatch: number;
  /** Points a token (or user) may spend; refills continuously over budgetWindowMs. */
  budget: number;
  /** Points all anonymous requests from one client address may spend, over the same window. */
  anonymousBudget: number;
  budgetWindowMs: number;
};

/** Limits and intervals of the realtime layer. Defaults suit production; tests shorten them. */
export type RealtimeSettings = {
  /** Safety-net poll of the event table, in case an announcement was lost. */
  pollMs: number;
  /** How often every live connection's credential is checked even when no event happens. */
  credentialCheckMs: number;
  /** Subscriptions one WebSocket may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** WebSockets one session or API token may hold open at once. */
  maxConnectionsPerToken: number;
  /** Events waiting for one subscriber; beyond it the consumer is too slow and is disconnected. */
  maxQueuedEvents: number;
  /** Ping interval; a client that does not answer within it is dropped. */
  keepAliveMs: number;
};

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
  apiLimits?: Partial<ApiLimits>;
  realtime: RealtimeSettings;
  /** Port of the embedded PostgreSQL (used when no DATABASE_URL is set). */
  embeddedPgPort: number;
  /** Which proxies' X-Forwarded-For counts for the client address: false (none), true (all), a hop count or a list of addresses/CIDRs. */
  trustProxy: boolean | number | string;
  /** Other origins whose browser pages may call /graphql with a bearer token (never with the session cookie). */
  corsOrigins: string[];
  /** WebSockets without credentials that one client address may hold open at once. */
  maxAnonymousSocketsPerAddress: number;
  /** Overrides of the sign-in throttle's defaults (modules/auth/sign-in-throttle.ts). */
  signInThrottle?: Partial<import('./modules/auth/sign-in-throttle.js').ThrottleSettings>;
  /** The durable job queue (graphile-worker) and the webhook deliveries it runs. */
  jobs: JobSettings;
  webhooks: WebhookSettings;
  /** Bearer token that lets a non-loopback client read /metrics; unset = loopback only. */
  metricsToken: string | undefined;
  mail: MailSettings;
  files: FileSettings;
  /** The outcome side of a pairing (issue 19). */
  outcomes: OutcomeSettings;
};

export type OutcomeSettings = {
  /** REPORT_DUE_DAYS (default 30): the completion report is due this many days after the meeting is marked held. */
  reportDueDays: number;
};

/** Attachments (modules/attachment): local disk under DATA_DIR/files, or S3 when S3_URL/S3_BUCKET are set. */
export type FileSettings = {
  /** MAX_UPLOAD_MB (default 25), in bytes. */
  maxUploadBytes: number;
  /** How long an upload URL works; an upload not attached by then is cleaned away. */
  uploadTtlMs: number;
  s3: S3Settings | undefined;
};

export type S3Settings = {
  /** S3_URL: the endpoint, e.g. https://s3.eu-central-1.amazonaws.com or a MinIO address (path-style requests). */
  url: string;
  bucket: string;
  /** S3_REGION, default us-east-1. */
  region: string;
  /** S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY; unset: the AWS SDK's own chain (AWS_ACCESS_KEY_ID, roles …). */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
};

/** Outbound mail (modules/mail); tests shorten the retry delays. */
export type MailSettings = {
  /** SMTP_URL, e.g. smtp://user:pass@host:587; unset: each message is written to $DATA_DIR/mail/ as an .eml file. */
  smtpUrl: string | undefined;
  /** MAIL_FROM: the From address; its domain also names Message-IDs. */
  from: string;
  /** PUBLIC_URL: the client's address, for links in mail (no request gives one to a job). */
  publicUrl: string;
  /** MAIL_DIGEST_HOUR: local hour of the daily digest in the user's organization's zone. */
  digestHour: number;
  /** MAIL_SCHEDULE: `off` keeps this instance from running the periodic reminder and digest pass (other instances still do). */
  schedule: boolean;
  /** MAIL_UNSUBSCRIBE_SECRET: signs unsubscribe links; unset: one is generated and kept in the database. */
  unsubscribeSecret: string | undefined;
  /** First retry delay after an SMTP failure; each further one doubles, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Attempts before a mail is given up (FAILED). */
  maxAttempts: number;
};

export type JobSettings = {
  /** How often a runner looks for jobs whose time has come (new jobs wake it at once). */
  pollIntervalMs: number;
  /** Jobs one process runs at once. */
  concurrency: number;
};

/** Outbound webhook deliveries; tests shorten the delays. */
export type WebhookSettings = {
  /** WEBHOOK_ALLOW_PRIVATE: allow loopback, private and link-local targets (tests, the demo). */
  allowPrivate: boolean;
  /** First retry delay; each further one doubles (with jitter) up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A delivery is FAILED once its next attempt would fall beyond this span after its first. */
  retryWindowMs: number;
  /** An endpoint failing continuously this long is disabled. */
  disableAfterMs: number;
  timeoutMs: number;
}

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
    realtime: realtimeSettings(env),
    embeddedPgPort: num(env.EMBEDDED_PG_PORT, 54_329),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean),
    maxAnonymousSocketsPerAddress: env.MAX_ANONYMOUS_SOCKETS_PER_ADDRESS ? Number(env.MAX_ANONYMOUS_SOCKETS_PER_ADDRESS) : 20,
    jobs: { pollIntervalMs: num(env.JOB_POLL_MS, 2_000), concurrency: num(env.JOB_CONCURRENCY, 4) },
    webhooks: webhookSettings(env),
    metricsToken: env.METRICS_TOKEN || undefined,
    mail: mailSettings(env),
    files: fileSettings(env),
    outcomes: { reportDueDays: num(env.REPORT_DUE_DAYS, 30) },
    ...overrides,
  };
}

function webhookSettings(env: NodeJS.ProcessEnv): WebhookSettings {
  const HOUR = 3_600_000;
  return {
    allowPrivate: parseBool(env.WEBHOOK_ALLOW_PRIVATE ?? 'false'),
    baseDelayMs: num(env.WEBHOOK_RETRY_BASE_MS, 30_000),
    maxDelayMs: 6 * HOUR,
    retryWindowMs: 24 * HOUR,
    disableAfterMs: 72 * HOUR,
    timeoutMs: 10_000,
  };
}

function mailSettings(env: NodeJS.ProcessEnv): MailSettings {
  return {
    smtpUrl: env.SMTP_URL || undefined,
    from: env.MAIL_FROM || 'BCN Hub <no-reply@bcn-hub.local>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT || 4000}`).replace(/\/+$/, ''),
    digestHour: num(env.MAIL_DIGEST_HOUR, 8),
    schedule: env.MAIL_SCHEDULE !== 'off',
    unsubscribeSecret: env.MAIL_UNSUBSCRIBE_SECRET || undefined,
    retryBaseMs: num(env.MAIL_RETRY_BASE_MS, 60_000),
    retryMaxMs: 6 * 3_600_000,
    maxAttempts: 25,
  };
}

function fileSettings(env: NodeJS.ProcessEnv): FileSettings {
  const s3 = env.S3_URL && env.S3_BUCKET
    ? { url: env.S3_URL, bucket: env.S3_BUCKET, region: env.S3_REGION || 'us-east-1', accessKeyId: env.S3_ACCESS_KEY_ID || undefined, secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined }
    : undefined;
  return { maxUploadBytes: num(env.MAX_UPLOAD_MB, 25) * 1024 * 1024, uploadTtlMs: 15 * 60_000, s3 };
}

function realtimeSettings(env: NodeJS.ProcessEnv): RealtimeSettings {
  return {
    pollMs: num(env.REALTIME_POLL_MS, 5_000),
    credentialCheckMs: num(env.REALTIME_CREDENTIAL_CHECK_MS, 15_000),
    maxSubscriptionsPerConnection: num(env.REALTIME_MAX_SUBSCRIPTIONS, 50),
    maxConnectionsPerToken: num(env.REALTIME_MAX_CONNECTIONS_PER_TOKEN, 20),
    maxQueuedEvents: num(env.REALTIME_MAX_QUEUE, 1_000),
    keepAliveMs: num(env.REALTIME_KEEPALIVE_MS, 12_000),
  };
}

function num(value: string | undefined, fallback: number): number {
  return value && Number.isFinite(Number(value)) ? Number(value) : fallback;
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
