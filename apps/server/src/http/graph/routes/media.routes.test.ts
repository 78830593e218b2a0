import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { GRAPH_MEDIA_LIFETIMES, isPlatformError, type PlatformNumber } from '@parley/core';
import sharp from 'sharp';
import { call, ManualClock, type Reply } from '../../../test-support/accounts-api.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import { assertMetaResponse } from '../../../test-support/meta-openapi.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Tiny files whose magic bytes name their type, as a sniffer reads them. */
const FIXTURES = {
  mp3: Buffer.concat([
    Buffer.from('ID3'),
    Buffer.from([3, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x64]),
    Buffer.alloc(400),
  ]),
  mp4: Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2'),
    Buffer.alloc(64),
  ]),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
};

/** Noise does not compress, so a lossless WebP of it passes the 100 KB static sticker limit. */
const noise = (size: number) =>
  sharp({
    create: {
      width: size,
      height: size,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  });

/** Returns a promise of an error the call was expected to throw. */
async function rejection(promise: Promise<unknown>): Promise<{ graphCode: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isPlatformError(error), String(error));
    return { graphCode: error.graphCode, message: error.message };
  }
  assert.fail('expected a PlatformError');
}

describe('Graph media: upload, node, download URL, delete, links', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;
  let png: Buffer;

  before(async () => {
    server = await startTestServer({ clock });
    acme = await createGraphTenant(server.parley, { name: 'Acme Media' });
    other = await createGraphTenant(server.parley, { name: 'Other Media' });
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
  });
  after(() => server.close());

  async function upload(
    tenant: GraphTenant,
    file: { bytes?: Uint8Array; type?: string; partType?: string; name?: string },
    fields: Record<string, string> = { messaging_product: 'whatsapp' },
    pnid = tenant.phoneNumberId,
  ): Promise<Reply> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    if (file.type !== undefined) form.set('type', file.type);
    if (file.bytes !== undefined) {
      form.set(
        'file',
        new Blob([new Uint8Array(file.bytes)], { type: file.partType ?? file.type ?? '' }),
        file.name ?? 'upload.bin',
      );
    }
    const response = await fetch(`${server.url}/v23.0/${pnid}/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenant.token}` },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  }

  async function uploaded(tenant: GraphTenant, bytes: Uint8Array, type: string): Promise<string> {
    const reply = await upload(tenant, { bytes, type });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assertMetaResponse({
      method: 'post',
      path: '/{Version}/{Phone-Number-ID}/media',
      status: 200,
      body: reply.body,
    });
    assert.match(reply.body.id, /^7\d{15}$/);
    return reply.body.id as string;
  }

  const download = (url: string, token?: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      redirect: 'manual',
      headers: { ...headers, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    });

  const numberOf = async (tenant: GraphTenant): Promise<PlatformNumber> =>
    (await server.parley.platform.numberOfAccount(tenant.accountId))!;

  test('uploads each kind and answers its id', async () => {
    const webp = await sharp(png).webp().toBuffer();
    for (const [bytes, type] of [
      [png, 'image/png'],
      [webp, 'image/webp'],
      [FIXTURES.mp3, 'audio/mpeg'],
      [FIXTURES.mp4, 'video/mp4'],
      [FIXTURES.pdf, 'application/pdf'],
    ] as const) {
      const id = await uploaded(acme, bytes, type);
      const node = await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token });
      assert.equal(node.body.mime_type, type);
    }
    // Without a `type` field, the file part's own type is the declared one.
    const reply = await upload(acme, { bytes: png, partType: 'image/png' });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
  });

  test('GET shows the node; its URL serves the exact bytes, with ranges, to the same tenant only', async () => {
    const id = await uploaded(acme, png, 'image/png');
    const node = await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token });
    assert.equal(node.status, 200, JSON.stringify(node.body));
    assertMetaResponse({ method: 'get', path: '/{Version}/{Media-ID}', status: 200, body: node.body });
    assert.deepEqual(
      { ...node.body, url: undefined },
      {
        messaging_product: 'whatsapp',
        url: undefined,
        mime_type: 'image/png',
        sha256: sha256(png),
        file_size: String(png.length),
        id,
      },
    );
    const url = node.body.url as string;
    assert.ok(url.startsWith(`${server.url}/v23.0/`), url);

    const whole = await download(url, acme.token);
    assert.equal(whole.status, 200);
    assert.equal(whole.headers.get('content-type'), 'image/png');
    const bytes = Buffer.from(await whole.arrayBuffer());
    assert.ok(bytes.equals(png));
    assert.equal(sha256(bytes), node.body.sha256);

    const part = await download(url, acme.token, { range: 'bytes=8-15' });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 8-15/${png.length}`);
    assert.ok(Buffer.from(await part.arrayBuffer()).equals(png.subarray(8, 16)));

    assert.equal((await download(url)).status, 404, 'no token');
    assert.equal((await download(url, other.token)).status, 404, 'another tenant');
    const forged = new URL(url);
    forged.searchParams.set('ext', String(Number(forged.searchParams.get('ext')) + 3600));
    assert.equal((await download(forged.toString(), acme.token)).status, 404, 'a changed expiry');
  });

  test('a download URL lasts five minutes; asking again gives a fresh one', async () => {
    const id = await uploaded(acme, FIXTURES.pdf, 'application/pdf');
    const first = (await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token })).body.url as string;
    clock.advance(GRAPH_MEDIA_LIFETIMES.url - 1000);
    assert.equal((await download(first, acme.token)).status, 200);
    clock.advance(1000);
    const expired = await download(first, acme.token);
    assert.equal(expired.status, 404);
    assert.equal(((await expired.json()) as { error: { code: number } }).error.code, 100);
    const fresh = (await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token })).body.url as string;
    const again = await download(fresh, acme.token);
    assert.equal(again.status, 200);
    assert.ok(Buffer.from(await again.arrayBuffer()).equals(FIXTURES.pdf));
  });

  test('phone_number_id must name the owner; other tenants see nothing', async () => {
    const id = await uploaded(acme, png, 'image/png');
    const own = await call(server.url, 'GET', `/v23.0/${id}?phone_number_id=${acme.phoneNumberId}`, {
      token: acme.token,
    });
    assert.equal(own.status, 200);
    const second = await server.parley.platform.addNumber(acme.wabaId, '+12025550999', 'Acme Second');
    for (const path of [`/v23.0/${id}?phone_number_id=${second.id}`, `/v23.0/${id}?phone_number_id=1`]) {
      assertGraphError(await call(server.url, 'GET', path, { token: acme.token }), 400, 100, 33);
      assertGraphError(await call(server.url, 'DELETE', path, { token: acme.token }), 400, 100, 33);
    }
    const foreign = await call(server.url, 'GET', `/v23.0/${id}`, { token: other.token });
    assertGraphError(foreign, 400, 100, 33);
    assert.equal(foreign.body.error.type, 'GraphMethodException');
    assertGraphError(await call(server.url, 'DELETE', `/v23.0/${id}`, { token: other.token }), 400, 100, 33);
    assertGraphError(
      await upload(acme, { bytes: png, type: 'image/png' }, undefined, other.phoneNumberId),
      400,
      100,
      33,
    );
    assertGraphError(
      await call(server.url, 'GET', '/v23.0/7999999999999999', { token: acme.token }),
      400,
      100,
      33,
    );
  });

  test('DELETE ends the id at once, and its URLs with it', async () => {
    const id = await uploaded(acme, png, 'image/png');
    const url = (await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token })).body.url as string;
    const deleted = await call(server.url, 'DELETE', `/v23.0/${id}?phone_number_id=${acme.phoneNumberId}`, {
      token: acme.token,
    });
    assert.deepEqual(deleted, { status: 200, body: { success: true } });
    assertGraphError(await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token }), 400, 100, 33);
    assertGraphError(await call(server.url, 'DELETE', `/v23.0/${id}`, { token: acme.token }), 400, 100, 33);
    assert.equal((await download(url, acme.token)).status, 404);
  });

  test('refusals: missing parts 131008, a type the bytes deny or too many bytes 131053', async () => {
    assertGraphError(await upload(acme, { type: 'image/png' }), 400, 131008);
    assertGraphError(await upload(acme, { bytes: png, type: 'image/png' }, {}), 400, 131008);
    assertGraphError(await upload(acme, { bytes: png, partType: 'application/octet-stream' }), 400, 131008);
    assertGraphError(
      await upload(acme, { bytes: png, type: 'image/png' }, { messaging_product: 'instagram' }),
      400,
      131009,
    );
    const jpeg = await sharp(png).jpeg().toBuffer();
    const mismatch = await upload(acme, { bytes: jpeg, type: 'image/png' });
    assertGraphError(mismatch, 400, 131053);
    assertGraphError(await upload(acme, { bytes: FIXTURES.pdf, type: 'image/gif' }), 400, 131053);
    const bigSticker = await noise(240).webp({ lossless: true }).toBuffer();
    assert.ok(bigSticker.length > 100 * 1024);
    assertGraphError(await upload(acme, { bytes: bigSticker, type: 'image/webp' }), 400, 131053);
    // A JSON body has no file.
    assertGraphError(
      await call(server.url, 'POST', `/v23.0/${acme.phoneNumberId}/media`, {
        token: acme.token,
        body: { messaging_product: 'whatsapp', file: '@/local/path/file.jpg;type=image/jpeg' },
      }),
      400,
      131008,
    );
  });

  test("a person's file gets one Graph id per number that lives 7 days", async () => {
    const record = await server.parley.media.upload(other.accountId, {
      bytes: png,
      declaredMime: 'image/png',
    });
    const first = await server.parley.graphMedia.graphMediaFor(record.id, acme.phoneNumberId, acme.wabaId);
    const again = await server.parley.graphMedia.graphMediaFor(record.id, acme.phoneNumberId, acme.wabaId);
    assert.equal(again.id, first.id);
    assert.equal(first.expiresAt - first.createdAt, GRAPH_MEDIA_LIFETIMES.inbound);
    const node = await call(server.url, 'GET', `/v23.0/${first.id}`, { token: acme.token });
    assert.equal(node.body.sha256, sha256(png));
    clock.advance(GRAPH_MEDIA_LIFETIMES.inbound);
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${first.id}`, { token: acme.token }),
      400,
      100,
      33,
    );
    const renewed = await server.parley.graphMedia.graphMediaFor(record.id, acme.phoneNumberId, acme.wabaId);
    assert.notEqual(renewed.id, first.id);
  });

  test('an upload lives 30 days', async () => {
    const id = await uploaded(acme, png, 'image/png');
    clock.advance(GRAPH_MEDIA_LIFETIMES.upload - 1);
    assert.equal((await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token })).status, 200);
    clock.advance(1);
    assertGraphError(await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token }), 400, 100, 33);
  });

  test('resolveGraphMedia takes a live id of the own WABA only, of the right kind', async () => {
    const number = await numberOf(acme);
    const { graphMedia } = server.parley;
    const id = await uploaded(acme, png, 'image/png');
    const node = await call(server.url, 'GET', `/v23.0/${id}`, { token: acme.token });
    const mediaId = await graphMedia.resolveGraphMedia(number, { id }, 'image');
    assert.equal((await server.parley.media.get(mediaId)).sha256, node.body.sha256);

    const foreignId = await uploaded(other, png, 'image/png');
    const foreign = await rejection(graphMedia.resolveGraphMedia(number, { id: foreignId }, 'image'));
    assert.equal(foreign.graphCode, 131009);
    assert.match(foreign.message, /image\.id/);
    assert.equal(
      (await rejection(graphMedia.resolveGraphMedia(number, { id: '7000000000000000' }, 'image'))).graphCode,
      131009,
    );
    assert.equal(
      (await rejection(graphMedia.resolveGraphMedia(number, { id }, 'document'))).graphCode,
      131053,
    );
    assert.equal(
      (
        await rejection(
          graphMedia.resolveGraphMedia(number, { id, link: 'https://example.com/a.png' }, 'image'),
        )
      ).graphCode,
      131009,
    );
    assert.equal((await rejection(graphMedia.resolveGraphMedia(number, {}, 'image'))).graphCode, 131008);
  });

  describe('links', () => {
    let files: Server;
    let base: string;
    const hits = new Map<string, number>();

    before(async () => {
      files = createServer((request, response) => {
        const path = request.url ?? '/';
        hits.set(path, (hits.get(path) ?? 0) + 1);
        const route = path.split('?')[0];
        if (route === '/cat.png') return response.writeHead(200, { 'content-type': 'image/png' }).end(png);
        if (route === '/untyped.pdf') {
          return response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(FIXTURES.pdf);
        }
        if (route === '/hop') return response.writeHead(302, { location: '/cat.png?via=hop' }).end();
        if (route === '/loop') return response.writeHead(302, { location: '/loop' }).end();
        if (route === '/huge.png') {
          // Lies about nothing, but sends more than an image may hold.
          response.writeHead(200, { 'content-type': 'image/png' });
          response.write(png);
          return response.end(Buffer.alloc(5 * 1024 * 1024));
        }
        response.writeHead(404).end('not here');
      });
      await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => files.close(() => resolve())));

    test('a link is fetched once per exact URL for 10 minutes', async () => {
      const number = await numberOf(acme);
      const { graphMedia } = server.parley;
      const first = await graphMedia.resolveGraphMedia(number, { link: `${base}/cat.png` }, 'image');
      const second = await graphMedia.resolveGraphMedia(number, { link: `${base}/cat.png` }, 'image');
      assert.equal(second, first);
      assert.equal(hits.get('/cat.png'), 1);
      assert.equal((await server.parley.media.get(first)).sha256, sha256(png));

      await graphMedia.resolveGraphMedia(number, { link: `${base}/cat.png?v=2` }, 'image');
      assert.equal(hits.get('/cat.png?v=2'), 1, 'another query string is another URL');

      clock.advance(GRAPH_MEDIA_LIFETIMES.linkCache);
      await graphMedia.resolveGraphMedia(number, { link: `${base}/cat.png` }, 'image');
      assert.equal(hits.get('/cat.png'), 2, 'fetched again once the cache lapsed');
    });

    test('redirects are followed a few times; the type comes from the name when the server gives none', async () => {
      const number = await numberOf(acme);
      const { graphMedia } = server.parley;
      const viaHop = await graphMedia.resolveGraphMedia(number, { link: `${base}/hop` }, 'image');
      assert.equal((await server.parley.media.get(viaHop)).mimeType, 'image/png');
      const pdf = await graphMedia.resolveGraphMedia(number, { link: `${base}/untyped.pdf` }, 'document');
      assert.equal((await server.parley.media.get(pdf)).mimeType, 'application/pdf');
      assert.equal(
        (await rejection(graphMedia.resolveGraphMedia(number, { link: `${base}/loop` }, 'image'))).graphCode,
        131053,
      );
    });

    test('a failed, oversized, mistyped or non-http link is 131053', async () => {
      const number = await numberOf(acme);
      const { graphMedia } = server.parley;
      const missing = await rejection(
        graphMedia.resolveGraphMedia(number, { link: `${base}/gone.png` }, 'image'),
      );
      assert.equal(missing.graphCode, 131053);
      assert.match(missing.message, /404/);
      for (const [link, kind] of [
        [`${base}/huge.png`, 'image'],
        [`${base}/untyped.pdf`, 'image'],
        [`${base}/cat.png`, 'sticker'],
        ['ftp://127.0.0.1/cat.png', 'image'],
        ['not a url', 'image'],
      ] as const) {
        const refused = await rejection(graphMedia.resolveGraphMedia(number, { link }, kind));
        assert.equal(refused.graphCode, 131053, `${link} as ${kind}`);
      }
    });
  });
});
