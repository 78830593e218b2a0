export * from './business-name-policy.js';
export * from './business-profile.js';
export * from './business-profile-policy.js';
export * from './business-service.js';
export * from './opening-hours.js';
export * from './ports.js';
