export * from './shared/index.js';
export * from './events.js';
export * from './accounts/index.js';
export * from './contacts/index.js';
export * from './chats/index.js';
export * from './messages/index.js';
export * from './safety/index.js';
export * from './media/index.js';
