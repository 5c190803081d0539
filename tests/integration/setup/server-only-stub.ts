// Vitest runs outside React's "react-server" condition, where the real
// `server-only` package throws on import. Integration tests are server code,
// so they load this empty module instead (see vitest.config.ts).
export {};
