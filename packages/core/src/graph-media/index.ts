export * from './graph-media.js';
export * from './graph-media-service.js';
export * from './ports.js';
