export { serve, toNodeListener, type RunningServer } from './adapter.js';
export { createFileStore } from './file-store.js';
