/** Main-side methods of this domain (see index.ts for how they join the contract). */
export const officeMethods = {};
