import type {
  AccountView,
  ContactView as ContactWire,
  DeviceView,
  PublicProfileView,
} from '@parley/contracts';
import type { Account, ContactView, Device, PublicProfile } from '@parley/core';

/** Wire views of accounts, devices and contacts; fields are named alike, so these only pick them. */
export function accountView(account: Account): AccountView {
  return {
    ...publicProfileView(account),
    premium: account.premium,
    createdAt: account.createdAt,
    lastSeenAt: account.lastSeenAt,
  };
}

export function publicProfileView(profile: PublicProfile): PublicProfileView {
  const { id, phone, kind, verification, name, about, photoMediaId } = profile;
  return { id, phone, kind, verification, name, about, photoMediaId };
}

export function deviceView(device: Device, currentDeviceId: string | null): DeviceView {
  return {
    id: device.id,
    kind: device.kind,
    name: device.name,
    platform: device.platform,
    createdAt: device.createdAt,
    lastActiveAt: device.lastActiveAt,
    current: device.id === currentDeviceId,
  };
}

export function contactView(contact: ContactView): ContactWire {
  return {
    phone: contact.phone,
    name: contact.name,
    accountId: contact.accountId,
    createdAt: contact.createdAt,
  };
}
