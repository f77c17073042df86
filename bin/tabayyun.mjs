#!/usr/bin/env node
// The `tabayyun` command (package.json "bin"): runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
