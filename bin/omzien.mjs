#!/usr/bin/env node
// The `omzien` command of the installed package: runs src/cli/main.ts through tsx.
import { register } from 'tsx/esm/api';

register();
process.env.OMZIEN_CLI = '1';
await import('../src/cli/main.ts');
