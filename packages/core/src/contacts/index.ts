export * from './contact.js';
export * from './contacts-service.js';
export * from './ports.js';
