export * from './content.js';
export * from './message.js';
export * from './message-policy.js';
export * from './messaging-service.js';
export * from './ports.js';
