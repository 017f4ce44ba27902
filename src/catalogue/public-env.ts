import type { Sourced } from "./sources";

/** Env-var prefixes that bundlers write into browser code, who does it, and where they say so. */
export interface PublicEnvPrefix extends Sourced {
  readonly prefix: string;
  readonly framework: string;
}

export const PUBLIC_ENV_PREFIX_TABLE: readonly PublicEnvPrefix[] = [
  { prefix: "VITE_", framework: "Vite", source: "vite.dev/guide/env-and-mode (envPrefix default)" },
  { prefix: "NEXT_PUBLIC_", framework: "Next.js", source: "nextjs.org/docs/app/guides/environment-variables#bundling-environment-variables-for-the-browser" },
  { prefix: "REACT_APP_", framework: "Create React App", source: "create-react-app.dev/docs/adding-custom-environment-variables" },
  { prefix: "PUBLIC_", framework: "SvelteKit, Astro, Qwik and Rsbuild", source: "svelte.dev/docs/kit/$env-static-public; docs.astro.build/en/guides/environment-variables; qwik.dev/docs/env-variables; rsbuild.dev/guide/advanced/env-vars (the only default prefix of `loadEnv`)" },
  { prefix: "NUXT_PUBLIC_", framework: "Nuxt", source: "nuxt.com/docs/guide/going-further/runtime-config#environment-variables" },
  { prefix: "EXPO_PUBLIC_", framework: "Expo", source: "docs.expo.dev/guides/environment-variables" },
  { prefix: "GATSBY_", framework: "Gatsby", source: "gatsbyjs.com/docs/how-to/local-development/environment-variables/#accessing-environment-variables-in-the-browser" },
  { prefix: "VUE_APP_", framework: "Vue CLI", source: "cli.vuejs.org/guide/mode-and-env.html#using-env-variables-in-client-side-code" },
  { prefix: "STORYBOOK_", framework: "Storybook", source: "storybook.js.org/docs/configure/environment-variables: embedded into the build, \"anyone can view them\"" },
  { prefix: "SANITY_STUDIO_", framework: "Sanity Studio", source: "sanity.io/docs/environment-variables: available as `process.env.SANITY_STUDIO_…`, even in browser code" },
  { prefix: "PLASMO_PUBLIC_", framework: "Plasmo (browser extensions)", source: "docs.plasmo.com/framework/env: only `PLASMO_PUBLIC_` variables are injected" },
  { prefix: "WXT_", framework: "WXT (browser extensions)", source: "wxt.dev/guide/essentials/config/environment-variables: `WXT_` or `VITE_` prefixed variables are available at run time" },
  { prefix: "REDWOOD_ENV_", framework: "RedwoodJS (web side)", source: "redwoodjs.com/docs/environment-variables#web: `REDWOOD_ENV_` variables are replaced in the web side at build time" },
  { prefix: "NG_APP_", framework: "Angular with @ngx-env/builder", source: "@ngx-env/builder readme (npmjs.com/package/@ngx-env/builder): `NG_APP_` variables are embedded into the build" },
  { prefix: "RENDERER_VITE_", framework: "electron-vite (renderer)", source: "electron-vite docs, env and mode (evite.netlify.app/guide/env-and-mode): `RENDERER_VITE_` for renderers, `VITE_` for every process" },
  { prefix: "SNOWPACK_PUBLIC_", framework: "Snowpack", source: "snowpack.dev/reference/environment-variables: everything in the web application is sent to the browser" },
  { prefix: "UMI_APP_", framework: "Umi", source: "umijs.org/docs/guides/env-variables: `UMI_APP_` variables are injected into the browser" },
  { prefix: "FARM_", framework: "Farm", source: "farm-fe.github.io/docs/features/env: `FARM_` and `VITE_` variables are injected through `define`" },
  { prefix: "TARO_APP_", framework: "Taro", source: "docs.taro.zone/docs/env-mode-config: `TARO_APP_` variables are embedded into client code through DefinePlugin" },
  { prefix: "MODERN_", framework: "Modern.js", source: "modernjs.dev/en/guides/basic-features/env-vars: `MODERN_` variables can be used directly in (client) code" },
  { prefix: "PUBLIC_ENV__", framework: "Vike", source: "vike.dev/env: only `PUBLIC_ENV__` variables are available on the client side, in public bundles" },
  { prefix: "PREACT_APP_", framework: "Preact CLI", source: "preact-cli changeset 8d3bd42 (github.com/preactjs/preact-cli): `PREACT_APP_` variables are available in the application" },
];
