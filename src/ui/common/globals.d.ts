/// <reference types="vite-plugin-pwa/vanillajs" />

/** The build's id (its time), defined by vite.config.ts. */
declare const __APP_BUILD__: string;
