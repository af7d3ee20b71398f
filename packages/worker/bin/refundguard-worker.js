#!/usr/bin/env node
// Committed so the bin exists on a fresh clone (pnpm links it at install); the program is the build in dist/.
import '../dist/main.js';
