export { serve, toNodeListener, type RunningServer } from './adapter.js';
