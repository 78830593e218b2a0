export * from './chat.js';
export * from './chat-service.js';
export * from './group-policy.js';
export * from './ports.js';
