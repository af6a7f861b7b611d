#!/usr/bin/env node
// Parses and lints Dockerfiles with dockerfile-utils (the validator behind the VS Code Docker extension):
// unknown instructions, bad flags, invalid ports or durations, missing arguments.
//   NODE_PATH=<dir with node_modules> node dockerfile_lint.js Dockerfile...
'use strict';
const fs = require('fs');
const { validate } = require('dockerfile-utils');

let problems = 0;
for (const file of process.argv.slice(2)) {
  const diagnostics = validate(fs.readFileSync(file, 'utf8'), {});
  for (const d of diagnostics) {
    problems++;
    console.log(`${file}:${d.range.start.line + 1}: ${d.message}`);
  }
}
console.log(`dockerfile-lint: ${process.argv.length - 2} files, ${problems} problems`);
process.exit(problems ? 1 : 0);
