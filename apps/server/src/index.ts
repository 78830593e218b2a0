/** What tools beside the server (the `parley` CLI) need to run Parley's use cases on its database. */
export { composeParley, type Parley } from './compose.js';
export { ConfigError, loadConfig, type Config } from './config.js';
export { sandboxReport, TEST_PHONE_LOGIN_PATH, type SandboxReport } from './sandbox/sandbox-report.js';
