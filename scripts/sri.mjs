#!/usr/bin/env node
/** Prints the Subresource Integrity hash of the built bundle, for a pinned <script integrity="…">. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const file = 'dist/subprocessor-list.js';
const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
console.log(`${file}: sha384-${hash}`);
