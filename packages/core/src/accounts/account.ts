export type AccountKind = 'personal' | 'business' | 'platform';
export type DeviceKind = 'primary' | 'linked';

/**
 * How far the platform vouches for a business: a grey check when the number is confirmed to
 * belong to the business, a green one for an official business account. Only the operator sets it.
 */
export type Verification = 'unverified' | 'verified' | 'official';
export const VERIFICATIONS: readonly Verification[] = ['unverified', 'verified', 'official'];

export interface Profile {
  readonly name: string;
  readonly about: string;
  readonly photoMediaId: string | null;
}

export interface Account extends Profile {
  readonly id: string;
  /** E.164, e.g. +14155550123. */
  readonly phone: string;
  readonly kind: AccountKind;
  readonly verification: Verification;
  /** Set by the operator: a premium business links more devices. */
  readonly premium: boolean;
  readonly createdAt: number;
  readonly lastSeenAt: number | null;
}

export interface Device {
  readonly id: string;
  readonly accountId: string;
  readonly kind: DeviceKind;
  readonly name: string;
  readonly platform: string;
  readonly createdAt: number;
  readonly lastActiveAt: number | null;
}

/** Who is making a request, resolved from a device token. */
export interface Principal {
  readonly accountId: string;
  readonly deviceId: string;
  readonly deviceKind: DeviceKind;
}

/** A device signed in: its token is shown once, only its hash is stored. */
export interface Session {
  readonly token: string;
  readonly account: Account;
  readonly device: Device;
}
