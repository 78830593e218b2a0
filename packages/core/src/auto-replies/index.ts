export * from './audience.js';
export * from './auto-replies-service.js';
export * from './auto-reply.js';
export * from './auto-reply-policy.js';
export * from './away-policy.js';
export * from './greeting-policy.js';
export * from './ports.js';
