import { randomBytes, randomInt } from 'node:crypto';
import type { Account, Device } from '@parley/core';

/** Contracts share one database per dialect, so every test makes its own rows. */
export const uniqueId = (): string => randomBytes(12).toString('base64url');

export const uniquePhone = (): string => `+1${String(randomInt(1e9, 1e10))}${randomInt(10)}`;

export function anAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: uniqueId(),
    phone: uniquePhone(),
    kind: 'personal',
    verification: 'unverified',
    premium: false,
    name: '',
    about: 'Hey there!',
    photoMediaId: null,
    createdAt: 1_000,
    lastSeenAt: null,
    ...overrides,
  };
}

export function aDevice(accountId: string, overrides: Partial<Device> = {}): Device {
  return {
    id: uniqueId(),
    accountId,
    kind: 'linked',
    name: 'Browser',
    platform: 'web',
    createdAt: 2_000,
    lastActiveAt: null,
    ...overrides,
  };
}
