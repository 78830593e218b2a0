export * from './broadcast.js';
export * from './broadcast-policy.js';
export * from './broadcast-service.js';
export * from './ports.js';
