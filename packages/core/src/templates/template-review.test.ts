import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TemplateCategory, TemplateComponents } from './template.js';
import { DEFAULT_REVIEW_RULES, reviewTemplate } from './template-review.js';

const template = (category: TemplateCategory, body: string, extra: Partial<TemplateComponents> = {}) => ({
  category,
  components: { body: { type: 'BODY' as const, text: body }, buttons: [], ...extra },
});

test('clean templates wait for the operator, except authentication ones', () => {
  assert.deepEqual(reviewTemplate(template('UTILITY', 'Your order {{1}} has shipped.')), {
    status: 'PENDING',
  });
  assert.deepEqual(reviewTemplate(template('MARKETING', 'Our summer sale: 20% off everything!')), {
    status: 'PENDING',
  });
  assert.deepEqual(reviewTemplate(template('AUTHENTICATION', '*{{1}}* is your verification code.')), {
    status: 'APPROVED',
  });
});

test('the rules are configuration: a sandbox can approve every clean category', () => {
  const rules = {
    ...DEFAULT_REVIEW_RULES,
    approveClean: ['UTILITY', 'MARKETING', 'AUTHENTICATION'] as const,
  };
  assert.deepEqual(reviewTemplate(template('MARKETING', 'Hello there'), rules), { status: 'APPROVED' });
  const strict = { ...DEFAULT_REVIEW_RULES, abusive: ['rubbish'] };
  assert.equal(reviewTemplate(template('UTILITY', 'What rubbish!'), strict).status, 'REJECTED');
});

test('adjacent and malformed variables are INVALID_FORMAT, with rejection info', () => {
  for (const body of [
    'Hi {{1}}{{2}} there',
    'Hi {{1}}  {{2}} there',
    'Hi {{ 1 }} there',
    'Hi {{1} there',
    'Hi {{{1}}} x',
    'Hi {{}} x',
  ]) {
    const decision = reviewTemplate(template('UTILITY', body));
    assert.equal(decision.status, 'REJECTED', body);
    assert.ok(
      decision.status === 'REJECTED' && decision.reason === 'INVALID_FORMAT' && decision.info !== undefined,
      body,
    );
  }
  const header = { type: 'HEADER' as const, format: 'TEXT' as const, text: 'Oops {{1}' };
  assert.equal(reviewTemplate(template('UTILITY', 'Fine text', { header })).status, 'REJECTED');
});

test('forbidden words anywhere the reader sees: SCAM and ABUSIVE_CONTENT, whole words, any case', () => {
  const reason = (t: ReturnType<typeof template>) => {
    const decision = reviewTemplate(t);
    return decision.status === 'REJECTED' ? decision.reason : decision.status;
  };
  assert.equal(reason(template('MARKETING', 'Congratulations, YOU HAVE WON a car!')), 'SCAM');
  assert.equal(reason(template('UTILITY', 'Thanks, you idiot.')), 'ABUSIVE_CONTENT');
  assert.equal(
    reason(template('UTILITY', 'Hello there', { footer: { type: 'FOOTER', text: 'Claim your prize now' } })),
    'SCAM',
  );
  assert.equal(
    reason(template('UTILITY', 'Hello there', { buttons: [{ type: 'QUICK_REPLY', text: 'Stupid' }] })),
    'ABUSIVE_CONTENT',
  );
  // Part of another word is not the word.
  assert.equal(reason(template('UTILITY', 'Your idiotproof guide is attached.')), 'PENDING');
});

test('a UTILITY template that is clearly marketing has the INCORRECT_CATEGORY', () => {
  for (const body of [
    'Get 20% off today',
    'Big SALE this weekend',
    'A discount for you',
    'Buy now and save',
  ]) {
    const decision = reviewTemplate(template('UTILITY', body));
    assert.deepEqual(decision, { status: 'REJECTED', reason: 'INCORRECT_CATEGORY' }, body);
  }
  assert.equal(reviewTemplate(template('UTILITY', 'Your wholesale order shipped')).status, 'PENDING');
  assert.equal(reviewTemplate(template('MARKETING', 'Big sale this weekend')).status, 'PENDING');
});
