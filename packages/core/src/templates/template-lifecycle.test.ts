import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PlatformError } from '../platform/index.js';
import type { Template, TemplateStatus } from './template.js';
import {
  applyReview,
  checkDeletable,
  checkEdit,
  decide,
  type OperatorDecision,
} from './template-lifecycle.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = 100 * DAY;

const aTemplate = (status: TemplateStatus, over: Partial<Template> = {}): Template => ({
  id: '6000000000000001',
  wabaId: '2000000000000001',
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  subCategory: null,
  parameterFormat: 'positional',
  components: { body: { type: 'BODY', text: 'Your order shipped' }, buttons: [] },
  status,
  rejectedReason: null,
  qualityScore: 'UNKNOWN',
  messageSendTtlSeconds: null,
  pauseCount: 0,
  approvedEdits: [],
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

const refused = (run: () => unknown) =>
  assert.throws(run, (error: unknown) => error instanceof PlatformError && error.graphCode === 100);

test('the operator approves or rejects a pending template, with the webhook’s data', () => {
  const approved = decide(aTemplate('PENDING'), { action: 'approve' }, NOW);
  assert.equal(approved.template.status, 'APPROVED');
  assert.deepEqual(approved.change, {
    wabaId: '2000000000000001',
    at: NOW,
    event: 'APPROVED',
    templateId: '6000000000000001',
    name: 'order_update',
    language: 'en_US',
    category: 'UTILITY',
    reason: 'NONE',
  });
  const rejected = decide(
    aTemplate('PENDING'),
    { action: 'reject', reason: 'INVALID_FORMAT', recommendation: 'Fix the variables' },
    NOW,
  );
  assert.equal(rejected.template.status, 'REJECTED');
  assert.equal(rejected.template.rejectedReason, 'INVALID_FORMAT');
  assert.equal(rejected.change.reason, 'INVALID_FORMAT');
  assert.deepEqual(rejected.change.rejectionInfo, {
    reason: 'INVALID_FORMAT',
    recommendation: 'Fix the variables',
  });
});

test('each decision starts only from its statuses', () => {
  const cases: [TemplateStatus, OperatorDecision['action']][] = [
    ['APPROVED', 'approve'],
    ['REJECTED', 'approve'],
    ['APPROVED', 'reject'],
    ['PENDING', 'pause'],
    ['APPROVED', 'unpause'],
    ['PENDING', 'disable'],
    ['DISABLED', 'disable'],
  ];
  for (const [status, action] of cases) {
    const decision = (action === 'reject' ? { action, reason: 'SCAM' } : { action }) as OperatorDecision;
    refused(() => decide(aTemplate(status), decision, NOW));
  }
});

test('pauses: first, second, then the third disables; unpausing approves again', () => {
  const first = decide(aTemplate('APPROVED'), { action: 'pause' }, NOW);
  assert.equal(first.template.status, 'PAUSED');
  assert.equal(first.change.otherInfo?.title, 'FIRST_PAUSE');
  const unpaused = decide(first.template, { action: 'unpause' }, NOW + 3 * HOUR);
  assert.equal(unpaused.template.status, 'APPROVED');
  assert.equal(unpaused.change.event, 'APPROVED');
  assert.equal(unpaused.change.otherInfo?.title, 'UNPAUSE');
  const second = decide(unpaused.template, { action: 'pause' }, NOW + 4 * HOUR);
  assert.equal(second.change.otherInfo?.title, 'SECOND_PAUSE');
  const third = decide(
    decide(second.template, { action: 'unpause' }, NOW).template,
    { action: 'pause' },
    NOW + DAY,
  );
  assert.equal(third.template.status, 'DISABLED');
  assert.equal(third.change.event, 'DISABLED');
  assert.equal(third.change.disableDate, String((NOW + DAY) / 1000));
  assert.equal(third.change.otherInfo?.title, 'DISABLED');
});

test('review results: a status change has an event, an unchanged status none', () => {
  const pending = applyReview(aTemplate('APPROVED'), { status: 'PENDING' }, NOW);
  assert.equal(pending.template.status, 'PENDING');
  assert.equal(pending.change?.event, 'PENDING');
  assert.equal(applyReview(aTemplate('PENDING'), { status: 'PENDING' }, NOW).change, undefined);
  const rejected = applyReview(aTemplate('PENDING'), { status: 'REJECTED', reason: 'SCAM' }, NOW);
  assert.equal(rejected.change?.reason, 'SCAM');
  assert.equal(rejected.template.rejectedReason, 'SCAM');
});

test('edits: only APPROVED, REJECTED or PAUSED; an approved category stays', () => {
  for (const status of ['PENDING', 'DISABLED'] as const)
    refused(() => checkEdit(aTemplate(status), 'UTILITY', NOW));
  refused(() => checkEdit(aTemplate('APPROVED'), 'MARKETING', NOW));
  refused(() => checkEdit(aTemplate('PAUSED'), 'MARKETING', NOW));
  assert.deepEqual(checkEdit(aTemplate('REJECTED'), 'MARKETING', NOW), []);
});

test('an approved template is edited at most once in 24 hours and 10 times in 30 days', () => {
  assert.deepEqual(checkEdit(aTemplate('APPROVED'), 'UTILITY', NOW), [NOW]);
  refused(() => checkEdit(aTemplate('APPROVED', { approvedEdits: [NOW - DAY + 1] }), 'UTILITY', NOW));
  assert.deepEqual(checkEdit(aTemplate('APPROVED', { approvedEdits: [NOW - DAY] }), 'UTILITY', NOW), [
    NOW - DAY,
    NOW,
  ]);
  const nine = Array.from({ length: 9 }, (_, i) => NOW - (i + 2) * DAY);
  assert.equal(checkEdit(aTemplate('APPROVED', { approvedEdits: nine }), 'UTILITY', NOW).length, 10);
  const ten = [...nine, NOW - 29 * DAY];
  refused(() => checkEdit(aTemplate('APPROVED', { approvedEdits: ten }), 'UTILITY', NOW));
  // Edits older than 30 days fall out of the count.
  const old = [...nine, NOW - 31 * DAY];
  assert.deepEqual(checkEdit(aTemplate('APPROVED', { approvedEdits: old }), 'UTILITY', NOW), [...nine, NOW]);
  // Rejected templates have no edit limit, and do not add to it.
  assert.deepEqual(checkEdit(aTemplate('REJECTED', { approvedEdits: [NOW - HOUR] }), 'UTILITY', NOW), [
    NOW - HOUR,
  ]);
});

test('a disabled template cannot be deleted', () => {
  refused(() => checkDeletable(aTemplate('DISABLED')));
  for (const status of ['PENDING', 'APPROVED', 'REJECTED', 'PAUSED'] as const)
    checkDeletable(aTemplate(status));
});
