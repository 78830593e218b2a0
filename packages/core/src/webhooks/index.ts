export * from './envelope.js';
export * from './ports.js';
export * from './retry-policy.js';
export * from './webhook-change.js';
export * from './webhook-payloads.js';
