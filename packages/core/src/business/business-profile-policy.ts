import { DomainError } from '../shared/errors.js';
import { BUSINESS_CATEGORIES, type BusinessProfileChange } from './business-profile.js';
import { checkOpeningHours } from './opening-hours.js';

/** The Cloud API's business-profile limits, which the Business app shares. */
export const BUSINESS_PROFILE_LIMITS = Object.freeze({
  description: 512,
  address: 256,
  email: 128,
  websites: 2,
  websiteLength: 256,
  defaultLinkMessage: 1024,
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const lengthOf = (text: string) => [...text].length;
const invalid = (message: string): never => {
  throw new DomainError('invalid_argument', message);
};

function checkWebsite(url: string): string {
  const trimmed = url.trim();
  if (lengthOf(trimmed) > BUSINESS_PROFILE_LIMITS.websiteLength) {
    invalid(`A website address has at most ${BUSINESS_PROFILE_LIMITS.websiteLength} characters`);
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return invalid(`"${trimmed}" is not a web address`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    invalid('A website starts with http:// or https://');
  }
  return trimmed;
}

function checkText(value: string, limit: number, label: string): string {
  const trimmed = value.trim();
  if (lengthOf(trimmed) > limit) invalid(`${label} has at most ${limit} characters`);
  return trimmed;
}

/** Trims and checks a business-profile change; an empty string clears a field. */
export function validateBusinessProfileChange(change: BusinessProfileChange): BusinessProfileChange {
  const valid: { -readonly [K in keyof BusinessProfileChange]: BusinessProfileChange[K] } = { ...change };
  if (change.category !== undefined && !BUSINESS_CATEGORIES.includes(change.category)) {
    invalid(`Unknown category "${change.category}"`);
  }
  if (change.description !== undefined) {
    valid.description = checkText(change.description, BUSINESS_PROFILE_LIMITS.description, 'A description');
  }
  if (change.address !== undefined) {
    valid.address = checkText(change.address, BUSINESS_PROFILE_LIMITS.address, 'An address');
  }
  if (change.email !== undefined) {
    valid.email = checkText(change.email, BUSINESS_PROFILE_LIMITS.email, 'An email address');
    if (valid.email !== '' && !EMAIL.test(valid.email)) invalid(`"${valid.email}" is not an email address`);
  }
  if (change.websites !== undefined) {
    if (change.websites.length > BUSINESS_PROFILE_LIMITS.websites) {
      invalid(`A business lists at most ${BUSINESS_PROFILE_LIMITS.websites} websites`);
    }
    valid.websites = change.websites.map(checkWebsite);
  }
  if (change.defaultLinkMessage !== undefined) {
    valid.defaultLinkMessage = checkText(
      change.defaultLinkMessage,
      BUSINESS_PROFILE_LIMITS.defaultLinkMessage,
      'A prefilled message',
    );
  }
  if (change.hours) checkOpeningHours(change.hours);
  return valid;
}
