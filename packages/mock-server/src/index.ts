export { createHandler, type FetchHandler, type MockServerOptions } from './handler.js';
export { SCENARIOS, type Faults, type Scenario } from './faults.js';
export type { AllowedOrigins } from './cors.js';
export { createMemoryStore, type EventRecord, type Store, type StoreData } from './store.js';
export { demoSeed, emptySeed } from './seed/demo.js';
