import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRange } from './parse-range.js';

const partial = (start: number, end: number) => ({ kind: 'partial', start, end });

describe('parseRange', () => {
  it('serves the whole resource without a header', () => {
    assert.deepEqual(parseRange(undefined, 100), { kind: 'whole' });
  });

  it('reads a closed range, clamping its end to the size', () => {
    assert.deepEqual(parseRange('bytes=0-9', 100), partial(0, 9));
    assert.deepEqual(parseRange('bytes=10-10', 100), partial(10, 10));
    assert.deepEqual(parseRange('bytes=90-200', 100), partial(90, 99));
    assert.deepEqual(parseRange('Bytes = 5 - 6', 100), partial(5, 6));
  });

  it('reads an open range to the end', () => {
    assert.deepEqual(parseRange('bytes=40-', 100), partial(40, 99));
    assert.deepEqual(parseRange('bytes=0-', 1), partial(0, 0));
  });

  it('reads a suffix range, the whole file when it asks for more', () => {
    assert.deepEqual(parseRange('bytes=-10', 100), partial(90, 99));
    assert.deepEqual(parseRange('bytes=-500', 100), partial(0, 99));
  });

  it('refuses ranges no byte of the resource satisfies', () => {
    const unsatisfiable = { kind: 'unsatisfiable' };
    assert.deepEqual(parseRange('bytes=100-', 100), unsatisfiable);
    assert.deepEqual(parseRange('bytes=100-200', 100), unsatisfiable);
    assert.deepEqual(parseRange('bytes=-0', 100), unsatisfiable);
    assert.deepEqual(parseRange('bytes=0-', 0), unsatisfiable);
    assert.deepEqual(parseRange('bytes=-5', 0), unsatisfiable);
  });

  it('ignores what it does not understand and sends everything', () => {
    for (const header of [
      '',
      'bytes=',
      'bytes=-',
      'items=0-5',
      'bytes=5-1',
      'bytes=0-1,5-6',
      'bytes=a-b',
      'bytes 0-5',
      'bytes=1.5-2',
    ]) {
      assert.deepEqual(parseRange(header, 100), { kind: 'whole' }, header);
    }
  });

  it('does not lose precision on large offsets', () => {
    assert.deepEqual(parseRange('bytes=99999999999999999999-', 100), { kind: 'unsatisfiable' });
  });
});
