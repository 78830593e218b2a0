export * from './account.js';
export * from './accounts-service.js';
export * from './device-linking.js';
export * from './link-policy.js';
export * from './otp-policy.js';
export * from './phone-number.js';
export * from './ports.js';
export * from './profile-policy.js';
