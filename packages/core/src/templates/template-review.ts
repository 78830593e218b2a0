import type { RejectionReason, TemplateCategory, TemplateComponents } from './template.js';
import { hasAdjacentVariables, hasMalformedVariables } from './template-variables.js';

/**
 * What automatic review looks for. Configuration, not code: an operator tunes the lists, and the
 * sandbox can approve clean templates of every category at once.
 */
export interface ReviewRules {
  /** Words or phrases that make a template abusive. Matched whole-word, case-insensitively. */
  readonly abusive: readonly string[];
  /** Phrases typical of scams. */
  readonly scam: readonly string[];
  /** Phrases that make a UTILITY template marketing. */
  readonly promotional: readonly string[];
  /** Categories approved at once when nothing is wrong; the rest wait for the operator. */
  readonly approveClean: readonly TemplateCategory[];
}

export const DEFAULT_REVIEW_RULES: ReviewRules = Object.freeze<ReviewRules>({
  abusive: ['idiot', 'stupid', 'moron', 'loser', 'shut up', 'kill you', 'hate you'],
  scam: [
    'you have won',
    'you won a',
    'claim your prize',
    'lottery winner',
    'wire transfer fee',
    'processing fee to release',
    'send your password',
    'share your pin',
    'gift card payment',
    'double your bitcoin',
    'guaranteed returns',
  ],
  promotional: [
    '% off',
    'sale',
    'discount',
    'buy now',
    'shop now',
    'limited time offer',
    'promo code',
    'coupon',
    'special offer',
    'free gift',
  ],
  approveClean: ['AUTHENTICATION'],
});

export type ReviewDecision =
  | { readonly status: 'APPROVED' }
  | { readonly status: 'PENDING' }
  | {
      readonly status: 'REJECTED';
      readonly reason: RejectionReason;
      /** Sent as `rejection_info` for INVALID_FORMAT. */
      readonly info?: { readonly reason: string; readonly recommendation: string };
    };

/** Every text a recipient reads: header, body, footer and button labels. */
function readableTexts(components: TemplateComponents): string[] {
  const texts = [components.body.text];
  if (components.header?.format === 'TEXT') texts.push(components.header.text);
  if (components.footer !== undefined) texts.push(components.footer.text);
  for (const button of components.buttons)
    if ('text' in button && button.text !== undefined) texts.push(button.text);
  return texts;
}

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word match; a phrase that starts or ends with a symbol ("% off") needs no boundary there. */
function mentions(texts: readonly string[], phrases: readonly string[]): boolean {
  return phrases.some((phrase) => {
    const start = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
    const end = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
    const pattern = new RegExp(`${start}${escape(phrase.toLowerCase())}${end}`, 'u');
    return texts.some((text) => pattern.test(text.toLowerCase()));
  });
}

/**
 * Automatic review (contract 4.3): rejects what rules can tell is wrong, approves clean templates
 * of the categories the rules name, and leaves the rest PENDING for the operator.
 */
export function reviewTemplate(
  template: { readonly category: TemplateCategory; readonly components: TemplateComponents },
  rules: ReviewRules = DEFAULT_REVIEW_RULES,
): ReviewDecision {
  const texts = readableTexts(template.components);
  if (texts.some(hasMalformedVariables)) {
    return {
      status: 'REJECTED',
      reason: 'INVALID_FORMAT',
      info: {
        reason: 'The template has malformed variable parameters.',
        recommendation: 'Write variables as {{1}} or {{name}}, with two braces on each side and no spaces.',
      },
    };
  }
  if (texts.some(hasAdjacentVariables)) {
    return {
      status: 'REJECTED',
      reason: 'INVALID_FORMAT',
      info: {
        reason: 'The template has variable parameters next to each other.',
        recommendation: 'Put text between variables, for example {{1}} and {{2}}.',
      },
    };
  }
  if (mentions(texts, rules.scam)) return { status: 'REJECTED', reason: 'SCAM' };
  if (mentions(texts, rules.abusive)) return { status: 'REJECTED', reason: 'ABUSIVE_CONTENT' };
  if (template.category === 'UTILITY' && mentions(texts, rules.promotional)) {
    return { status: 'REJECTED', reason: 'INCORRECT_CATEGORY' };
  }
  return rules.approveClean.includes(template.category) ? { status: 'APPROVED' } : { status: 'PENDING' };
}
