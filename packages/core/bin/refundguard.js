#!/usr/bin/env node
// The `refundguard` command. It is a committed file rather than the built CLI itself, so that
// installing the workspace can link the command before anything has been built.
import '../dist/cli.js';
