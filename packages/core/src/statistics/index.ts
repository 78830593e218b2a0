export * from './ports.js';
export * from './statistics.js';
export * from './statistics-range.js';
export * from './statistics-service.js';
