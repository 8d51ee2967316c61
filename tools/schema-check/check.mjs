#!/usr/bin/env node
// Validates JSON Resume files against the official schema (@jsonresume/schema) with Ajv, formats
// (uri, email) included. Usage: node check.mjs FILE...
// Prints one line per file ("ok: FILE" or the schema errors) and exits 1 if any file fails, 2 on
// bad usage or an unreadable file, so CI cannot pass by accident.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const schema = require("@jsonresume/schema/schema.json");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check.mjs FILE...");
  process.exit(2);
}

// strict: false because the schema uses keywords Ajv does not know in strict mode; allErrors so
// that one run lists every problem.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const file of files) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`error: ${file}: ${e.message}`);
    process.exit(2);
  }
  if (validate(doc)) {
    console.log(`ok: ${file}`);
  } else {
    failed += 1;
    for (const err of validate.errors) {
      console.log(`invalid: ${file}: ${err.instancePath || "/"} ${err.message}`);
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
