export * from './graph-ids.js';
export * from './platform.js';
export * from './platform-error.js';
export * from './platform-service.js';
export * from './ports.js';
