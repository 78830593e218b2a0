export * from './label.js';
export * from './label-policy.js';
export * from './labels-service.js';
export * from './ports.js';
