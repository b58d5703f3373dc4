// Tests run under mocha (web-test-runner's default framework): make describe/it/afterEach known to TypeScript.
/// <reference types="mocha" />
