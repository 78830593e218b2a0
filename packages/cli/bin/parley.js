#!/usr/bin/env node
// The CLI is TypeScript run by tsx, as `npm start` runs the server; this stub only loads it.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
