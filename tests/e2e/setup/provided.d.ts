/** Values the global setup hands to every test file through `inject()`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built studio is served, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
    /** The running Chromium's Playwright endpoint, for `chromium.connect`. */
    wsEndpoint: string;
  }
}
export {};
