#!/usr/bin/env node
// @ts-check
// The command (package.json "bin"): plain JavaScript, checked by tsc through JSDoc, so that it runs with
// node straight from a checkout, without a build.
import { main } from "../cli/main.js";

const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
