#!/usr/bin/env node
// @ts-check
// The native-messaging host, started by the browser through the launcher that `p1as-token install` wrote.
// stdout carries native messages only: every word goes to stderr (the browser's log).
import { runHost } from "../cli/host.js";
import { here } from "../cli/locations.js";

process.exitCode = await runHost({
  input: process.stdin,
  output: process.stdout,
  place: here(),
  log: (line) => process.stderr.write(`${line}\n`),
});
process.exit();
