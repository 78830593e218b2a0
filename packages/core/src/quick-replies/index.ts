export * from './ports.js';
export * from './quick-replies-service.js';
export * from './quick-reply.js';
export * from './quick-reply-policy.js';
