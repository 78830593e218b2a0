export * from './common.js';
export * from './frames.js';
export * from './message-content.js';
export * from './rest/accounts.js';
export * from './rest/business.js';
export * from './rest/chats.js';
export * from './rest/media.js';
