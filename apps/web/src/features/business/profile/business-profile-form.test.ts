import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BusinessProfileView } from '@parley/contracts';
import { changesFrom, formFromProfile, isWebAddress, mapLink } from './business-profile-form';

const saved: BusinessProfileView = {
  category: 'UNDEFINED',
  description: '',
  address: '',
  location: null,
  email: '',
  websites: [],
  hours: null,
  defaultLinkMessage: '',
  openNow: null,
  updatedAt: 0,
};

test('an untouched form has nothing to send', () => {
  assert.deepEqual(changesFrom(formFromProfile(saved), saved), { changes: {}, problems: [] });
  const filled = { ...saved, location: { latitude: 52.5, longitude: 13.4 }, websites: ['https://a.example'] };
  assert.deepEqual(changesFrom(formFromProfile(filled), filled).changes, {});
});

test('only the changed fields are sent, trimmed, with empty websites left out', () => {
  const form = {
    ...formFromProfile(saved),
    category: 'RETAIL' as const,
    description: ' Fresh bread ',
    latitude: '52.52',
    longitude: '13,405',
    websites: ['', 'https://bakery.example '] as const,
  };
  assert.deepEqual(changesFrom(form, saved), {
    changes: {
      category: 'RETAIL',
      description: 'Fresh bread',
      websites: ['https://bakery.example'],
      location: { latitude: 52.52, longitude: 13.405 },
    },
    problems: [],
  });
});

test('clearing both coordinates removes the location', () => {
  const withLocation = { ...saved, location: { latitude: 1, longitude: 2 } };
  const form = { ...formFromProfile(withLocation), latitude: '', longitude: ' ' };
  assert.deepEqual(changesFrom(form, withLocation).changes, { location: null });
});

test('a half location, a bad email or a web address that is not one are problems, and nothing is sent', () => {
  const form = {
    ...formFromProfile(saved),
    latitude: '91',
    longitude: '',
    email: 'shop@',
    websites: ['ftp://files.example', ''] as const,
  };
  assert.deepEqual(changesFrom(form, saved), { changes: {}, problems: ['location', 'email', 'website'] });
});

test('web addresses are http or https with a host name', () => {
  assert.ok(isWebAddress('https://shop.example/path'));
  assert.ok(isWebAddress('http://shop.example'));
  assert.ok(!isWebAddress('shop.example'));
  assert.ok(!isWebAddress('javascript:alert(1)'));
  assert.ok(!isWebAddress('https://localhost'));
});

test('the map link points OpenStreetMap at the location', () => {
  assert.equal(
    mapLink({ latitude: 52.52, longitude: 13.405 }),
    'https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=17/52.52/13.405',
  );
});
