/** The layering of docs/architecture.md, checked on every test run. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'packages/core holds the domain: no Node I/O, no other workspace package.',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: '^packages/core/src',
        dependencyTypesNot: ['type-only'],
        path: '(^packages/|^apps/|^node:|^(fs|net|http|https|child_process|crypto|os|path|worker_threads|dgram|tls)$)',
      },
    },
    {
      name: 'core-imports-nothing-io',
      comment: 'Tests beside the core may use node:test and node:assert.',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contracts-only-typebox',
      severity: 'error',
      from: { path: '^packages/contracts/src' },
      to: { dependencyTypes: ['npm', 'core'], pathNot: '@sinclair/typebox' },
    },
    {
      name: 'contracts-no-workspace',
      severity: 'error',
      from: { path: '^packages/contracts/src' },
      to: { path: '^(packages|apps)/', pathNot: '^packages/contracts/src' },
    },
    {
      name: 'adapters-only-core',
      comment: 'db and bus implement core ports; they know nothing of the server or of each other.',
      severity: 'error',
      from: { path: '^packages/(db|bus)/src' },
      to: { path: '^(apps/|packages/(sdk|contracts|bus|db)/)', pathNot: '^packages/$1/src' },
    },
    {
      name: 'sdk-only-contracts',
      severity: 'error',
      from: { path: '^packages/sdk/src' },
      to: { path: '^(apps/|packages/(core|db|bus)/)' },
    },
    {
      name: 'web-only-sdk-and-contracts',
      comment: 'The web app talks to Parley through the SDK, like any other client.',
      severity: 'error',
      from: { path: '^apps/web/src' },
      to: { path: '^(apps/server|packages/(core|db|bus))/' },
    },
    {
      name: 'only-the-composition-root-wires-adapters',
      severity: 'error',
      from: {
        path: '^apps/server/src',
        pathNot: '^apps/server/src/(compose|main)\\.ts$|\\.test\\.ts$|test-support',
      },
      to: { path: '^packages/(db|bus)/' },
    },
    {
      name: 'cli-through-the-server-composition',
      comment:
        'The parley CLI runs use cases on the composition apps/server exports; it picks no adapter itself.',
      severity: 'error',
      from: { path: '^packages/cli/src', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/(db|bus)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    exclude: { path: 'node_modules' },
  },
};
