import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../shared/errors.js';
import {
  canonicalMime,
  classifyUpload,
  cleanFilename,
  MEDIA_LIMITS,
  precheckUpload,
  type UploadFacts,
} from './media-policy.js';

const KB = 1024;
const MB = 1024 * KB;
const OOXML = 'application/vnd.openxmlformats-officedocument';

const kindOf = (facts: Partial<UploadFacts> & { declaredMime: string }) =>
  classifyUpload({ sniffedMime: facts.declaredMime, size: 1000, ...facts }).kind;

function refused(code: string, facts: Partial<UploadFacts> & { declaredMime: string }): DomainError {
  let caught: unknown;
  try {
    classifyUpload({ sniffedMime: facts.declaredMime, size: 1000, ...facts });
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof DomainError, `expected a refusal for ${JSON.stringify(facts)}`);
  assert.equal(caught.code, code);
  return caught;
}

describe('classifyUpload', () => {
  it('classifies each accepted type by its kind', () => {
    assert.equal(kindOf({ declaredMime: 'image/jpeg' }), 'image');
    assert.equal(kindOf({ declaredMime: 'image/png' }), 'image');
    assert.equal(kindOf({ declaredMime: 'image/webp' }), 'sticker');
    assert.equal(kindOf({ declaredMime: 'video/mp4' }), 'video');
    assert.equal(kindOf({ declaredMime: 'video/3gpp' }), 'video');
    for (const mime of ['audio/aac', 'audio/amr', 'audio/mpeg'])
      assert.equal(kindOf({ declaredMime: mime }), 'audio');
    assert.equal(kindOf({ declaredMime: 'application/pdf' }), 'document');
  });

  it('accepts the sniffed names of known equivalents', () => {
    assert.equal(kindOf({ declaredMime: 'audio/ogg', sniffedMime: 'audio/ogg; codecs=opus' }), 'audio');
    assert.equal(kindOf({ declaredMime: 'audio/opus', sniffedMime: 'audio/ogg; codecs=opus' }), 'audio');
    assert.equal(kindOf({ declaredMime: 'audio/mp4', sniffedMime: 'audio/x-m4a' }), 'audio');
    assert.equal(kindOf({ declaredMime: 'audio/mp4', sniffedMime: 'video/mp4' }), 'audio');
    assert.equal(kindOf({ declaredMime: 'audio/x-m4a', sniffedMime: 'audio/x-m4a' }), 'audio');
    assert.equal(kindOf({ declaredMime: 'audio/mp3', sniffedMime: 'audio/mpeg' }), 'audio');
    assert.equal(kindOf({ declaredMime: 'image/jpg', sniffedMime: 'image/jpeg' }), 'image');
    for (const mime of ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint']) {
      assert.equal(kindOf({ declaredMime: mime, sniffedMime: 'application/x-cfb' }), 'document');
    }
    for (const mime of [
      `${OOXML}.wordprocessingml.document`,
      `${OOXML}.spreadsheetml.sheet`,
      `${OOXML}.presentationml.presentation`,
    ]) {
      assert.equal(kindOf({ declaredMime: mime }), 'document');
      assert.equal(kindOf({ declaredMime: mime, sniffedMime: 'application/zip' }), 'document');
    }
  });

  it('returns the canonical declared type, parameters and case dropped', () => {
    const result = classifyUpload({
      declaredMime: 'Text/Plain; charset=UTF-8',
      sniffedMime: undefined,
      size: 10,
    });
    assert.deepEqual(result, { kind: 'document', mimeType: 'text/plain' });
    assert.equal(
      classifyUpload({ declaredMime: 'audio/x-m4a', sniffedMime: 'video/mp4', size: 10 }).mimeType,
      'audio/mp4',
    );
  });

  it('accepts plain text only when the content has no magic bytes', () => {
    assert.equal(kindOf({ declaredMime: 'text/plain', sniffedMime: undefined }), 'document');
    refused('unsupported_media', { declaredMime: 'text/plain', sniffedMime: 'application/pdf' });
    refused('unsupported_media', { declaredMime: 'text/plain', sniffedMime: 'application/octet-stream' });
  });

  it('refuses types the contract does not list', () => {
    for (const mime of [
      'image/gif',
      'video/quicktime',
      'application/zip',
      'text/html',
      'application/octet-stream',
      '',
    ]) {
      const error = refused('unsupported_media', { declaredMime: mime });
      assert.equal(error.details?.declaredMime, mime);
    }
  });

  it('refuses a declared type the content does not match', () => {
    const error = refused('unsupported_media', { declaredMime: 'image/png', sniffedMime: 'image/jpeg' });
    assert.deepEqual(error.details, { declaredMime: 'image/png', sniffedMime: 'image/jpeg' });
    refused('unsupported_media', { declaredMime: 'image/jpeg', sniffedMime: undefined });
    refused('unsupported_media', { declaredMime: 'application/pdf', sniffedMime: 'image/png' });
    refused('unsupported_media', {
      declaredMime: `${OOXML}.wordprocessingml.document`,
      sniffedMime: `${OOXML}.spreadsheetml.sheet`,
    });
    refused('unsupported_media', { declaredMime: 'video/mp4', sniffedMime: 'video/quicktime' });
    refused('unsupported_media', { declaredMime: 'image/webp', sniffedMime: 'image/png' });
  });

  it('refuses Ogg audio that is not Opus', () => {
    const error = refused('unsupported_media', { declaredMime: 'audio/ogg', sniffedMime: 'audio/ogg' });
    assert.match(error.message, /Opus/);
  });

  it('holds each kind to its limit, inclusive', () => {
    const cases = [
      ['image/png', 'image', 5 * MB],
      ['audio/mpeg', 'audio', 16 * MB],
      ['video/mp4', 'video', 16 * MB],
      ['application/pdf', 'document', 100 * MB],
      ['image/webp', 'sticker', 100 * KB],
    ] as const;
    for (const [declaredMime, kind, limit] of cases) {
      assert.equal(kindOf({ declaredMime, size: limit }), kind);
      const error = refused('payload_too_large', { declaredMime, size: limit + 1 });
      assert.equal(error.details?.limit, limit);
      assert.equal(error.details?.kind, kind);
    }
  });

  it('allows animated stickers five times the static limit', () => {
    assert.equal(kindOf({ declaredMime: 'image/webp', size: 300 * KB, animated: true }), 'sticker');
    refused('payload_too_large', { declaredMime: 'image/webp', size: 300 * KB, animated: false });
    refused('payload_too_large', { declaredMime: 'image/webp', size: 300 * KB });
    const error = refused('payload_too_large', {
      declaredMime: 'image/webp',
      size: 500 * KB + 1,
      animated: true,
    });
    assert.equal(error.details?.limit, MEDIA_LIMITS.animatedSticker);
  });

  it('checks the type before the size, and refuses empty files', () => {
    refused('unsupported_media', { declaredMime: 'image/png', sniffedMime: 'image/jpeg', size: 50 * MB });
    refused('invalid_argument', { declaredMime: 'text/plain', sniffedMime: undefined, size: 0 });
  });
});

describe('precheckUpload', () => {
  const precheckRefuses = (code: string, mime: string | undefined, size?: number) =>
    assert.throws(
      () => precheckUpload(mime, size),
      (error: unknown) => error instanceof DomainError && error.code === code,
    );

  it('refuses a missing or unknown declared type before the body is read', () => {
    precheckRefuses('unsupported_media', undefined);
    precheckRefuses('unsupported_media', ' ');
    precheckRefuses('unsupported_media', 'image/gif', 10);
  });

  it('refuses a declared length over the most the type could be allowed', () => {
    precheckUpload('image/jpeg', 5 * MB);
    precheckRefuses('payload_too_large', 'image/jpeg', 5 * MB + 1);
    // A sticker may be animated, which only its content tells.
    precheckUpload('image/webp', 500 * KB);
    precheckRefuses('payload_too_large', 'image/webp', 500 * KB + 1);
    precheckUpload('application/pdf', undefined);
  });
});

describe('canonicalMime', () => {
  it('names accepted types only', () => {
    assert.equal(canonicalMime('IMAGE/JPG'), 'image/jpeg');
    assert.equal(canonicalMime('text/plain;charset=utf-8'), 'text/plain');
    assert.equal(canonicalMime('image/svg+xml'), undefined);
  });
});

describe('cleanFilename', () => {
  it('keeps a display name and nothing that could mislead', () => {
    assert.equal(cleanFilename(undefined), null);
    assert.equal(cleanFilename('report.pdf'), 'report.pdf');
    assert.equal(cleanFilename('../../etc/passwd'), 'passwd');
    assert.equal(cleanFilename('C:\\Users\\me\\cv.docx'), 'cv.docx');
    assert.equal(cleanFilename('a\u0000b\nc.txt'), 'abc.txt');
    assert.equal(cleanFilename('   '), null);
    assert.equal(cleanFilename('..'), null);
    assert.equal(cleanFilename('x'.repeat(300))?.length, 240);
  });
});
