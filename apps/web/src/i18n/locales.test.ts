import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from './languages';

const localesDir = fileURLToPath(new URL('./locales', import.meta.url));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Messages = Map<string, string>;

function flatten(value: unknown, prefix = '', into: Messages = new Map()): Messages {
  if (typeof value === 'string') return into.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    flatten(child, prefix === '' ? key : `${prefix}.${key}`, into);
  }
  return into;
}

function load(language: string, namespace: string): Messages {
  return flatten(JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')));
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();
const baseKeys = (messages: Messages) =>
  new Set([...messages.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
const namespaces = readdirSync(join(localesDir, 'en')).map((file) => file.replace(/\.json$/, ''));

test('every language has the same namespaces', () => {
  for (const { code } of LANGUAGES) {
    const files = readdirSync(join(localesDir, code)).map((file) => file.replace(/\.json$/, ''));
    assert.deepEqual(files.sort(), [...namespaces].sort(), code);
  }
});

for (const namespace of namespaces) {
  test(`"${namespace}" says everything in every language, with the same variables and all plural forms`, () => {
    const english = load('en', namespace);
    for (const { code } of LANGUAGES) {
      const messages = load(code, namespace);
      assert.deepEqual(
        [...baseKeys(messages)].sort(),
        [...baseKeys(english)].sort(),
        `${code}/${namespace} keys`,
      );
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [key, text] of english) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const forms = base === key ? [key] : categories.map((category) => `${base}_${category}`);
        for (const form of forms) {
          const translated = messages.get(form);
          assert.ok(
            translated !== undefined && translated.trim() !== '',
            `${code}/${namespace}: ${form} is missing`,
          );
          // A plural form may leave the count out ("one message"), but never invent a variable.
          const allowed = new Set(variables(text).concat(base === key ? [] : ['count']));
          for (const name of variables(translated)) {
            assert.ok(
              allowed.has(name),
              `${code}/${namespace}: ${form} uses {{${name}}}, unknown in English`,
            );
          }
          if (base === key)
            assert.deepEqual(variables(translated), variables(text), `${code}/${namespace}: ${form}`);
        }
      }
    }
  });
}
