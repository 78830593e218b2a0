export * from './ports.js';
export * from './template.js';
export * from './template-lifecycle.js';
export * from './template-rendering.js';
export * from './template-review.js';
export { refuseTemplate, TEMPLATE_LIMITS, TEMPLATE_SUBCODES } from './template-rules.js';
export * from './template-validation.js';
export * from './templates-service.js';
