import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the production build served by `globalSetup.ts`, ending in `/`. */
    baseUrl: string;
  }
}
