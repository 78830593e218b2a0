import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isDomainError, MAX_TEST_PHONES } from '@parley/core';
import { composeParley, ConfigError, loadConfig, sandboxReport, type SandboxReport } from '@parley/server';
import pino from 'pino';

interface SandboxArgs {
  readonly json: boolean;
  readonly phones: number;
  readonly webhookUrl: string | undefined;
  readonly number: string | undefined;
}

class UsageError extends Error {}

function parseSandboxArgs(args: readonly string[]): SandboxArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        json: { type: 'boolean', default: false },
        phones: { type: 'string', default: '5' },
        'webhook-url': { type: 'string' },
        number: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const phones = Number(parsed.phones);
  if (!/^\d+$/.test(parsed.phones ?? '') || phones > MAX_TEST_PHONES) {
    throw new UsageError(`--phones takes a whole number from 0 to ${MAX_TEST_PHONES}`);
  }
  return { json: parsed.json ?? false, phones, webhookUrl: parsed['webhook-url'], number: parsed.number };
}

/**
 * `parley sandbox`: provisions the sandbox on the database the server uses (it may be running:
 * SQLite is in WAL mode) and prints what a Cloud API client needs. With `--json`, stdout carries
 * the JSON and nothing else; problems go to stderr with a non-zero exit code.
 */
export async function runSandboxCommand(args: readonly string[]): Promise<number> {
  let options: SandboxArgs;
  try {
    options = parseSandboxArgs(args);
  } catch (error) {
    process.stderr.write(`parley sandbox: ${(error as Error).message}\n`);
    return 2;
  }
  const say = (line: string) => {
    if (!options.json) process.stdout.write(`${line}\n`);
  };
  try {
    const config = loadConfig();
    if (config.database.dialect === 'sqlite') mkdirSync(config.dataDir, { recursive: true });
    // Logs go to stderr: stdout is the command's answer.
    const logger = pino({ level: config.logLevel }, pino.destination({ dest: 2, sync: true }));
    say(`Setting up the sandbox in ${config.database.dialect === 'sqlite' ? config.dataDir : 'PostgreSQL'}…`);
    const parley = await composeParley(config, logger);
    try {
      const sandbox = await parley.sandbox.provision({
        phones: options.phones,
        number: options.number,
        webhookUrl: options.webhookUrl,
        onStep: (step) => say(`  ✓ ${step}`),
      });
      const report = sandboxReport(sandbox, config.publicUrl);
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(describe(report));
    } finally {
      await parley.stop();
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || isDomainError(error)) {
      process.stderr.write(`parley sandbox: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** The report for people: the values, the login links and a first request to try. */
function describe(report: SandboxReport): string {
  const graph = `${report.graph_base_url}/${report.graph_version}`;
  const rows: Array<[string, string]> = [
    ['Graph API', graph],
    ['Access token', report.access_token],
    ['WABA id', report.waba_id],
    [
      'Phone number id',
      `${report.phone_number_id}  (${report.display_phone_number}, "${report.verified_name}")`,
    ],
    ['App id', report.app_id],
    ['App secret', report.app_secret],
    ['Verify token', report.webhook_verify_token],
    ['Webhook URL', report.webhook_url ?? 'none yet: run again with --webhook-url URL'],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = ['', 'The sandbox is ready.', ''];
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)}  ${value}`);
  if (report.test_phones.length > 0) {
    lines.push('', 'Test phones: open a link to use that phone in the web messenger.');
    for (const phone of report.test_phones) {
      lines.push(`  ${phone.name}  ${phone.phone}  ${phone.login_url}`);
    }
  }
  const to = report.test_phones[0]?.wa_id ?? '<wa_id>';
  const message = {
    messaging_product: 'whatsapp',
    to,
    type: 'template',
    template: { name: 'hello_world', language: { code: 'en_US' } },
  };
  lines.push(
    '',
    'With the server running (npm start), send the sample template to a test phone, as in Meta’s quick start:',
    `  curl -X POST '${graph}/${report.phone_number_id}/messages' \\`,
    `    -H 'Authorization: Bearer ${report.access_token}' -H 'Content-Type: application/json' \\`,
    `    -d '${JSON.stringify(message)}'`,
    '',
  );
  return lines.join('\n');
}
