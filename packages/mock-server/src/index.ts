export { createHandler, type FetchHandler, type MockServerOptions, type RequestInfo } from './handler.js';
export { SCENARIOS, seededRandom, type Faults, type Scenario } from './faults.js';
export type { AllowedOrigins } from './cors.js';
export { DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit.js';
export { DEMO_SECRET_KEYS, type Caller } from './auth.js';
export * from './store.js';
export { HOSTILE_STRINGS } from './hostile-strings.js';
export {
  DEMO_EXPIRED_TOKEN,
  DEMO_MEMBER_TOKEN,
  DEMO_MEMBER_TOKEN_ZH,
  DEMO_NOW,
  DEMO_PUBLIC_KPIS,
  DEMO_STAFF_TOKEN,
  demoSeed,
  emptySeed,
} from './seed/demo.js';
