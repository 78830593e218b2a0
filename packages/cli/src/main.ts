const USAGE = `Usage: parley <command>

Commands:
  sandbox [--json] [--webhook-url URL] [--phones N] [--number +E164]
      Creates (or finds again) a business with a WhatsApp Business Account, a registered number,
      an app, a system-user token and test phones on this Parley's database, and prints what a
      Cloud API client needs. Each run issues a new token and new login links.
  start
      Starts the server, as npm start does.

Configuration comes from the environment, as for the server: PARLEY_DATA_DIR or DATABASE_URL,
PORT, HOST and PARLEY_PUBLIC_URL (the URL the sandbox prints).
`;

/** `npx parley …`: one command per file; each resolves with the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    // Loaded on demand: the sandbox loads the whole server, which `help` has no need of.
    case 'sandbox':
      return (await import('./sandbox.command.js')).runSandboxCommand(args);
    case 'start':
      return (await import('./start.command.js')).runStartCommand(args);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`parley: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
