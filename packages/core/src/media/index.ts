export * from './media.js';
export * from './media-policy.js';
export * from './media-service.js';
export * from './ports.js';
