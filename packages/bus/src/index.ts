export { createInProcessBus } from './in-process-bus.js';
