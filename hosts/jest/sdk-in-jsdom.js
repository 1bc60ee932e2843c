// What the AWS SDK v3 needs in Jest's jsdom environment, in any host that loads it (with or without
// the wizard): jsdom resolves the 'browser' export condition, where @aws-sdk/core ships ES modules
// only, so the test asks for the Node build (customExportConditions in package.json); and that
// build encodes with TextEncoder, which jsdom's global scope lacks.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextDecoder, TextEncoder });
