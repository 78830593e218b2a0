export * from './ports.js';
export * from './safety-service.js';
